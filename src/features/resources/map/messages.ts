// The map page's texts, to be copied into platform/i18n/messages-ja.ts and
// messages-en.ts (platform must not import from features); then delete this file.

/** Japanese texts of the map page. */
export const mapMessagesJa = {
  'map.title': '地図で探す',
  'map.lead': '地図の印を押すと、活動の名前と日時が出ます。同じ活動を、地図の下に一覧でものせています。',
  'map.filters': '絞り込みの条件',
  'map.noFilters': '条件なし（すべての活動）',
  'map.keyword': 'ことば',
  'map.backToList': '一覧で見る（同じ条件）',
  'map.openMap': '地図で見る',
  'map.shownCount': '{count}件を地図にのせています。',
  'map.withoutPlace': '場所が登録されていない{count}件は、地図と下の一覧にはのっていません。「一覧で見る」からご覧ください。',
  'map.truncated': '条件に合う{total}件のうち{shown}件だけを表示しています。条件を絞ってください。',
  'map.noPlaces': '条件に合う活動で、場所が登録されているものはありません。',
  'map.region': '活動の場所の地図',
  'map.skipMap': '地図をとばして一覧へ',
  'map.listHeading': '地図にのせている活動（{count}件）',
  'map.zoomIn': '拡大',
  'map.zoomOut': '縮小',
  'map.closePopup': '閉じる',
  'map.tilesFailed': '地図の画像を読み込めませんでした。印の位置と、下の一覧はご覧になれます。',
} as const;

/** English texts of the map page; the type keeps the keys in step with Japanese. */
export const mapMessagesEn: Record<keyof typeof mapMessagesJa, string> = {
  'map.title': 'Find on a map',
  'map.lead': 'Select a marker to see the name and times of an activity. The same activities are listed below the map.',
  'map.filters': 'Filters',
  'map.noFilters': 'None (all activities)',
  'map.keyword': 'Words',
  'map.backToList': 'Show as a list (same filters)',
  'map.openMap': 'Show on a map',
  'map.shownCount': '{count} shown on the map.',
  'map.withoutPlace': '{count} without a registered location are not on the map or in the list below. See them with “Show as a list”.',
  'map.truncated': 'Showing {shown} of the {total} matching activities. Please narrow the filters.',
  'map.noPlaces': 'No matching activity has a registered location.',
  'map.region': 'Map of activity locations',
  'map.skipMap': 'Skip the map to the list',
  'map.listHeading': 'Activities on the map ({count})',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.closePopup': 'Close',
  'map.tilesFailed': 'The map pictures could not be loaded. The markers and the list below still work.',
};
