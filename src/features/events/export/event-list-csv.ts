import { toKatakana } from 'wanakana';
import { excelCsv, type ExcelEncoding } from '../../../platform/csv/excel-csv.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { translator } from '../../../platform/i18n/i18n.ts';
import { japanDateOf, japanTimeOf } from '../../../platform/wareki/japan-time.ts';
import { findPublicEventsWithSessions } from '../management/service.ts';
import type { EventRow } from '../schema.ts';

// The 推奨データセット イベント一覧 header, in the model's order.
export const eventListColumns = [
  '都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', 'イベント名', 'イベント名_カナ', 'イベント名_英語', '開始日', '終了日', '開始時間', '終了時間',
  '開始日時特記事項', '説明', '料金(基本)', '料金(詳細)', '連絡先名称', '連絡先電話番号', '連絡先内線番号', '主催者', '場所名称', '住所', '方書', '緯度', '経度',
  'アクセス方法', '駐車場情報', '定員', '参加申込終了日', '参加申込終了時間', '参加申込方法', 'URL', '備考',
] as const;

const t = translator('ja');
const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;

function timeNote(e: EventRow): string {
  const parts = [e.liveOnline ? t('events.mgmt.delivery.live') : ''];
  if (e.onDemand && e.onDemandFrom && e.onDemandUntil) parts.push(`${t('events.mgmt.delivery.on_demand')} ${japanDateOf(e.onDemandFrom)}～${japanDateOf(e.onDemandUntil)}`);
  return parts.filter(Boolean).join('、');
}

function feeDetail(e: EventRow): string {
  const types = e.participantTypes.map((p) => `${p.label} ${yen(p.feeYen)}`).join('; ');
  return [e.feeYen === 0 && !types ? '無料' : types, e.cancellationPolicy].filter(Boolean).join(' ');
}

function placeName(e: EventRow): string {
  if (e.inPerson && e.venueName) return e.venueName;
  return [e.liveOnline ? t('events.mgmt.delivery.live') : '', e.onDemand ? t('events.mgmt.delivery.on_demand') : ''].filter(Boolean).join('・');
}

function howToApply(e: EventRow, url: string): string {
  const ways = [`ウェブサイト（${url}）`, e.contactPhone ? `電話 ${e.contactPhone}` : '', e.contactFax ? `FAX ${e.contactFax}` : '', e.contactEmail ? `メール ${e.contactEmail}` : ''];
  return ways.filter(Boolean).join('、');
}

function row(e: EventRow, index: number, baseUrl: string, organiser: string): (string | number)[] {
  const url = `${baseUrl}/events/${e.id}`;
  return [
    '', index + 1, '', '', e.title, toKatakana(e.titleReading), '', japanDateOf(e.startsAt), japanDateOf(e.endsAt), japanTimeOf(e.startsAt), japanTimeOf(e.endsAt),
    timeNote(e), e.description, e.feeYen, feeDetail(e), e.contactName, e.contactPhone, '', e.organiser || organiser, placeName(e), e.inPerson ? e.venueAddress : '', '', '', '',
    e.venueAccess, '', e.capacity ?? '', japanDateOf(e.applicationClosesAt), japanTimeOf(e.applicationClosesAt), howToApply(e, url), url,
    [e.targetAudience ? `対象: ${e.targetAudience}` : '', e.status === 'closed' ? t('events.mgmt.status.closed') : ''].filter(Boolean).join(' '),
  ];
}

/** Published events (applications open or closed) in the 推奨データセット イベント一覧 columns, as CSV Excel opens. */
export async function exportEventListCsv(ctx: ServiceContext, encoding: ExcelEncoding, options: { baseUrl: string; organiser: string }): Promise<Buffer> {
  const items = await findPublicEventsWithSessions(ctx, { statuses: ['published', 'closed'] });
  return excelCsv([[...eventListColumns], ...items.map(({ event }, i) => row(event, i, options.baseUrl, options.organiser))], encoding);
}
