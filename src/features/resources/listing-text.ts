import type { PageContext } from '../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../platform/wareki/wareki.ts';
import { describeSchedule } from './schedule-text.ts';
import type { ResourceRow } from './service.ts';

/** Only the words of a page are needed, so print (PDF, CSV) can use these too. */
type Words = Pick<PageContext, 't' | 'locale'>;

/** 無料 / 500円（材料費） / 実費 / the free text, as residents read it. */
export function costText(page: Words, row: Pick<ResourceRow, 'costKind' | 'costYen' | 'costText'>): string {
  const { t } = page;
  const base =
    row.costKind === 'free'
      ? t('resources.free')
      : row.costKind === 'yen' && row.costYen !== null
        ? t('resources.yen', { amount: row.costYen.toLocaleString('ja-JP') })
        : row.costKind === 'actual'
          ? t('resources.actual')
          : '';
  if (!base) return row.costText;
  return row.costText ? `${base}（${row.costText}）` : base;
}

export function scheduleText(page: Words, row: Pick<ResourceRow, 'schedule'>): string {
  return describeSchedule(row.schedule, page.locale);
}

/** 〒 postal code, address and building on one line. */
export function placeText(row: Pick<ResourceRow, 'placeName' | 'postalCode' | 'address' | 'building'>): string {
  return [row.placeName, row.postalCode ? `〒${row.postalCode}` : '', row.address, row.building].filter(Boolean).join(' ');
}

export function confirmedText(page: Words, row: Pick<ResourceRow, 'confirmedOn'>): string {
  return row.confirmedOn ? page.t('resources.confirmedOn', { date: formatWarekiDate(row.confirmedOn, { locale: page.locale }) }) : page.t('resources.notConfirmed');
}
