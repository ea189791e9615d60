import type { PageContext } from '../../../platform/layout/page-context.ts';

export function tierLabel(page: PageContext, tier: number): string {
  return tier === 1 ? page.t('areas.tier1') : page.t('areas.tier', { tier });
}

export function TierBadge({ page, tier }: { page: PageContext; tier: number }) {
  // The trailing space keeps 「第2層 A地域」 two words for screen readers too.
  return (
    <>
      <span class="tier-badge">{tierLabel(page, tier)}</span>{' '}
    </>
  );
}
