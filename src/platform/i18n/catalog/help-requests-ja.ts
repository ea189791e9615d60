// Messages of phone intake and its drafts, merged into the Japanese catalog (messages-ja.ts).
export const helpRequestsMessagesJa = {
  'helpRequests.residentRequests': 'この方の依頼',
  'helpRequests.residentOpenRequests': '対応中の依頼が{count}件あります。同じ依頼を二重に受け付けていないか確かめてください。',
  'helpRequests.residentNoRequests': 'この方の依頼はまだありません。',
  'helpRequests.residentRequestsHint': '依頼は別のタブで開きます（受付中の内容はそのまま残ります）。',
  'helpRequests.discardDraft': '下書きを破棄',
  'helpRequests.discardDraftOf': '{name}の下書きを破棄',
  'helpRequests.draftDiscarded': '下書きを破棄しました。',
  'helpRequests.draftEmpty': 'まだ何も入力されていないため、下書きは保存していません。',
} as const;
