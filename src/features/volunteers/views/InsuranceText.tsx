import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import { insuranceState } from '../volunteer-rules.ts';

/** 「令和9年3月31日まで有効」, or flagged when expiring, expired or missing. */
export function InsuranceText({ page, enrolledOn }: { page: PageContext; enrolledOn: string | null }) {
  const insurance = insuranceState(enrolledOn, page.now);
  if (insurance.state === 'none') return <span class="flag flag--warning">{page.t('volunteers.insurance.none')}</span>;
  const text = page.t(`volunteers.insurance.${insurance.state}`, { date: formatWarekiDate(insurance.expiresOn, { locale: page.locale }) });
  return insurance.state === 'valid' ? <span>{text}</span> : <span class={`flag flag--${insurance.state === 'expired' ? 'danger' : 'warning'}`}>{text}</span>;
}
