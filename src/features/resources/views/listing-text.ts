import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { ResourceRow } from '../service.ts';
import { describeSchedule } from '../schedule-text.ts';

/** 無料 / 500円（材料費） / 実費 / the free text, as residents read it. */
export function costText(page: PageContext, row: Pick<ResourceRow, 'costKind' | 'costYen' | 'costText'>): string {
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

export function scheduleText(page: PageContext, row: Pick<ResourceRow, 'schedule'>): string {
  return describeSchedule(row.schedule, page.locale);
}

/** 〒 postal code, address and building on one line. */
export function placeText(row: Pick<ResourceRow, 'placeName' | 'postalCode' | 'address' | 'building'>): string {
  return [row.placeName, row.postalCode ? `〒${row.postalCode}` : '', row.address, row.building].filter(Boolean).join(' ');
}

export function confirmedText(page: PageContext, row: Pick<ResourceRow, 'confirmedOn'>): string {
  return row.confirmedOn ? page.t('resources.confirmedOn', { date: formatWarekiDate(row.confirmedOn, { locale: page.locale }) }) : page.t('resources.notConfirmed');
}
