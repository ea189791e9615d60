import type { Actor } from '../context/service-context.ts';
import type { AppContext } from '../http/app-env.ts';
import type { Locale, Translate } from '../i18n/i18n.ts';
import type { Tenant } from '../tenancy/tenancy.ts';

/** Everything a page needs from the request, so views never touch Hono's context. */
export type PageContext = {
  t: Translate;
  locale: Locale;
  tenant: Tenant;
  actor: Actor | null;
  path: string;
  search: string;
  csrfToken: string;
  flash: string | null;
  now: Date;
};

export function pageContext(c: AppContext): PageContext {
  const url = new URL(c.req.url);
  return {
    t: c.get('t'),
    locale: c.get('locale'),
    tenant: c.get('tenant'),
    actor: c.get('actor'),
    path: url.pathname,
    search: url.search,
    csrfToken: c.get('csrfToken'),
    flash: c.get('flash'),
    now: c.get('now'),
  };
}

/** The current URL with `lang` set, for the language switch. */
export function languageSwitchHref(page: PageContext, locale: Locale): string {
  const params = new URLSearchParams(page.search);
  params.set('lang', locale);
  return `${page.path}?${params}`;
}
