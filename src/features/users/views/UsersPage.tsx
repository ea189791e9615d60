import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
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
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('users.displayName')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.isActive')}</th>
              <th scope="col">{t('form.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr>
                <td>
                  {user.displayName}
                  {user.nameReading ? <span class="reading">{user.nameReading}</span> : null}
                </td>
                <td>{user.email}</td>
                <td>{t(`roles.${user.role}`)}</td>
                <td>{t(user.isActive ? 'users.active' : 'users.inactive')}</td>
                <td>
                  <a href={`/staff/users/${user.id}`} aria-label={`${t('form.edit')}: ${user.displayName}`}>
                    {t('form.edit')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
