import type { PageContext } from '../../../platform/layout/page-context.ts';

/** One kind of thing waiting for the person signed in: a count and where to deal with it. */
export type WaitingItem = { key: string; count: number; href: string };

/** 「確認を待っているもの」: the first thing on the staff home, each with its count and a link; nothing when all is done. */
export function WaitingList({ page, items }: { page: PageContext; items: WaitingItem[] }) {
  const { t } = page;
  const waiting = items.filter((item) => item.count > 0);
  return (
    <section class="notice-box" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('arrivals.waiting')}</h2>
      {waiting.length ? (
        <ul>
          {waiting.map((item) => (
            <li>
              <a href={item.href}>{t(item.key, { count: item.count })}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('arrivals.nothingWaiting')}</p>
      )}
    </section>
  );
}
