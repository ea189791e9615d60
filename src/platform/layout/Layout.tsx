import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { formatWarekiDate } from '../wareki/wareki.ts';
import { problemText } from './form-fields.tsx';
import { languageSwitchHref, type PageContext } from './page-context.ts';

type LayoutProps = {
  page: PageContext;
  title: string;
  children: Child;
  /** Staff pages get the staff menu and are never indexed. */
  staff?: boolean;
  /** What a search engine shows under the title; public pages without one get the site's own. */
  description?: string;
};

/** The page frame: skip link, header, menus, language switch, main, footer with the office contact. */
export function Layout({ page, title, children, staff = false, description }: LayoutProps) {
  const { t, tenant, actor } = page;
  const siteName = tenant.name || t('app.name');
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={page.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} | ${siteName}`}</title>
          {staff ? <meta name="robots" content="noindex" /> : <meta name="description" content={description ?? t('layout.metaDescription', { name: siteName })} />}
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/static/app.css" />
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t('layout.skipToContent')}
          </a>
          <header class="site-header">
            <div class="site-header__inner">
              <p class="site-name">
                <a href="/">{siteName}</a>
                <span class="site-tagline">{t('app.tagline')}</span>
              </p>
              <LanguageSwitch page={page} />
            </div>
            <nav aria-label={t('layout.mainNav')} class="main-nav">
              <ul>
                <NavLink page={page} href="/" label={t('nav.home')} />
                <NavLink page={page} href="/resources" label={t('nav.resources')} />
                <NavLink page={page} href="/guidebooks" label={t('nav.guidebooks')} />
                <NavLink page={page} href="/events" label={t('nav.events')} />
                <NavLink page={page} href="/areas" label={t('nav.areas')} />
                {actor ? <NavLink page={page} href="/staff" label={t('nav.staffHome')} /> : <NavLink page={page} href="/login" label={t('layout.signIn')} />}
              </ul>
            </nav>
            {staff && actor ? <StaffNav page={page} /> : null}
          </header>
          <main id="main" tabindex={-1}>
            {page.flash ? (
              <p class="flash" role="status">
                {problemText(page, page.flash)}
              </p>
            ) : null}
            {children}
          </main>
          <footer class="site-footer">
            <OfficeContact page={page} />
            <p class="print-only">{t('layout.printedOn', { date: formatWarekiDate(page.now, { locale: page.locale }) })}</p>
          </footer>
        </body>
      </html>
    </>
  );
}

function NavLink({ page, href, label }: { page: PageContext; href: string; label: string }) {
  const current = href === '/' ? page.path === '/' : page.path === href || page.path.startsWith(`${href}/`);
  return (
    <li>
      <a href={href} aria-current={current ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
}

function LanguageSwitch({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <nav aria-label={t('layout.language')} class="language-switch">
      <ul>
        <li>
          <a href={languageSwitchHref(page, 'ja')} lang="ja" hreflang="ja" aria-current={page.locale === 'ja' ? 'true' : undefined}>
            {t('layout.switchToJa')}
          </a>
        </li>
        <li>
          <a href={languageSwitchHref(page, 'en')} lang="en" hreflang="en" aria-current={page.locale === 'en' ? 'true' : undefined}>
            {t('layout.switchToEn')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

function StaffNav({ page }: { page: PageContext }) {
  const { t, actor } = page;
  if (!actor) return null;
  const isAdmin = actor.role === 'admin';
  return (
    <nav aria-label={t('layout.staffNav')} class="staff-nav">
      <ul>
        <NavLink page={page} href="/staff/resources" label={t('nav.staffResources')} />
        <NavLink page={page} href="/staff/events" label={t('nav.events')} />
        <NavLink page={page} href="/staff/areas" label={t('nav.staffAreas')} />
        <NavLink page={page} href="/staff/coordinators" label={t('nav.coordinators')} />
        {actor.role !== 'staff' ? <NavLink page={page} href="/staff/help-requests" label={t('nav.helpRequests')} /> : null}
        {actor.role !== 'staff' ? <NavLink page={page} href="/staff/volunteers" label={t('nav.volunteers')} /> : null}
        {actor.role !== 'staff' ? <NavLink page={page} href="/staff/coordinator-activities" label={t('nav.coordinatorActivities')} /> : null}
        <NavLink page={page} href="/staff/councils" label={t('nav.councils')} />
        <NavLink page={page} href="/staff/surveys" label={t('nav.surveys')} />
        <NavLink page={page} href="/staff/local-issues" label={t('nav.localIssues')} />
        <NavLink page={page} href="/staff/figures" label={t('nav.figures')} />
        {isAdmin ? <NavLink page={page} href="/staff/users" label={t('nav.users')} /> : null}
        {isAdmin ? <NavLink page={page} href="/staff/audit" label={t('nav.audit')} /> : null}
        {isAdmin ? <NavLink page={page} href="/staff/outbox" label={t('nav.outbox')} /> : null}
        {isAdmin ? <NavLink page={page} href="/staff/settings" label={t('nav.settings')} /> : null}
      </ul>
      <form method="post" action="/logout" class="inline-form">
        <input type="hidden" name="_csrf" value={page.csrfToken} />
        <span class="signed-in-as">{t('layout.signedInAs', { name: actor.displayName, role: t(`roles.${actor.role}`) })}</span>
        <button type="submit" class="button button--quiet">
          {t('layout.signOut')}
        </button>
      </form>
    </nav>
  );
}

/** The 社協 office's name and contact, as on the back of every leaflet. */
export function OfficeContact({ page }: { page: PageContext }) {
  const { t, tenant } = page;
  if (!tenant.phone && !tenant.email) return null;
  return (
    <section class="office-contact" aria-labelledby="office-contact-title">
      <h2 id="office-contact-title">{t('layout.contact')}</h2>
      <p>
        {tenant.officeName || tenant.name}
        {tenant.address ? (
          <>
            <br />
            {tenant.postalCode ? `〒${tenant.postalCode} ` : ''}
            {tenant.address}
          </>
        ) : null}
      </p>
      <ul class="contact-list">
        {tenant.phone ? (
          <li>
            {t('layout.tel')}: <a href={`tel:${tenant.phone.replace(/-/g, '')}`}>{tenant.phone}</a>
          </li>
        ) : null}
        {tenant.fax ? (
          <li>
            {t('layout.fax')}: {tenant.fax}
          </li>
        ) : null}
        {tenant.email ? (
          <li>
            {t('layout.mail')}: <a href={`mailto:${tenant.email}`}>{tenant.email}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
