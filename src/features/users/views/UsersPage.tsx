import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { EditLink, NameWithReading, StaffTable } from '../../../platform/layout/StaffTable.tsx';
import type { PublicUser } from '../service.ts';

export function UsersPage({ page, users }: { page: PageContext; users: PublicUser[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('users.title')} staff>
      <h1>{t('users.title')}</h1>
      <p>
        <a class="button" href="/staff/users/new">
          {t('users.new')}
        </a>
      </p>
      <StaffTable
        rows={users}
        columns={[
          { header: t('users.displayName'), cell: (user) => <NameWithReading name={user.displayName} reading={user.nameReading} /> },
          { header: t('users.email'), cell: (user) => user.email },
          { header: t('users.role'), cell: (user) => t(`roles.${user.role}`) },
          { header: t('users.isActive'), cell: (user) => t(user.isActive ? 'users.active' : 'users.inactive') },
          { header: t('form.actions'), cell: (user) => <EditLink page={page} href={`/staff/users/${user.id}`} name={user.displayName} /> },
        ]}
      />
    </Layout>
  );
}
