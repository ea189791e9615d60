import { CsrfField, emptyForm, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { AssignmentWithCoordinator, CoordinatorRow } from '../service.ts';

type Props = {
  page: PageContext;
  coordinator: CoordinatorRow | null;
  form: FormState;
  assignments: AssignmentWithCoordinator[];
  areas: AreaRow[];
  users: { id: string; displayName: string }[];
  assignmentForm?: FormState;
};

/** Add or edit a coordinator; for an existing one, their assignments with history. */
export function CoordinatorEditPage({ page, coordinator, form, assignments, areas, users, assignmentForm = emptyForm }: Props) {
  const { t, actor } = page;
  const isAdmin = actor?.role === 'admin';
  const title = coordinator ? `${t('coordinators.edit')}: ${coordinator.name}` : t('coordinators.new');
  const labels = {
    name: t('coordinators.name'),
    nameReading: t('coordinators.nameReading'),
    phone: t('coordinators.phone'),
    email: t('coordinators.email'),
    userId: t('coordinators.user'),
  };
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      {isAdmin ? (
        <form method="post" action={coordinator ? `/staff/coordinators/${coordinator.id}` : '/staff/coordinators'} class="stacked" novalidate>
          <CsrfField page={page} />
          <ErrorSummary page={page} form={form} labels={labels} />
          <TextField page={page} form={form} name="name" label={labels.name} required maxLength={100} />
          <TextField page={page} form={form} name="nameReading" label={labels.nameReading} required maxLength={100} />
          <TextField page={page} form={form} name="phone" label={labels.phone} type="tel" autocomplete="off" />
          <TextField page={page} form={form} name="email" label={labels.email} type="email" autocomplete="off" />
          <SelectField page={page} form={form} name="userId" label={labels.userId} options={[{ value: '', label: t('areas.none') }, ...users.map((u) => ({ value: u.id, label: u.displayName }))]} />
          <div class="actions">
            <button type="submit">{t('form.save')}</button>
            <a href="/staff/coordinators">{t('form.cancel')}</a>
          </div>
        </form>
      ) : null}
      {coordinator ? (
        <>
          <h2>{t('coordinators.assignments')}</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('coordinators.area')}</th>
                  <th scope="col">{t('coordinators.startsOn')}</th>
                  <th scope="col">{t('coordinators.endsOn')}</th>
                  {isAdmin ? <th scope="col">{t('form.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {assignments.map((a) => (
                  <tr>
                    <td>{areaName.get(a.areaId) ?? ''}</td>
                    <td>{formatWarekiDate(a.startsOn, { locale: page.locale })}</td>
                    <td>{a.endsOn ? formatWarekiDate(a.endsOn, { locale: page.locale }) : t('areas.present')}</td>
                    {isAdmin ? (
                      <td>
                        {a.endsOn ? null : (
                          <form method="post" action={`/staff/assignments/${a.id}/end`} class="inline-form">
                            <CsrfField page={page} />
                            <label for={`ends-${a.id}`}>{t('coordinators.endsOn')}</label>
                            <input id={`ends-${a.id}`} type="date" name="endsOn" required />
                            <button type="submit" class="button button--secondary">
                              {t('coordinators.endAssignment')}
                            </button>
                          </form>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {isAdmin ? (
            <form method="post" action={`/staff/coordinators/${coordinator.id}/assignments`} class="stacked" novalidate>
              <h3>{t('coordinators.assign')}</h3>
              <CsrfField page={page} />
              <SelectField page={page} form={assignmentForm} idPrefix="assign-" name="areaId" label={t('coordinators.area')} required options={areas.filter((a) => !a.archivedAt).map((a) => ({ value: a.id, label: a.name }))} />
              <TextField page={page} form={assignmentForm} idPrefix="assign-" name="startsOn" label={t('coordinators.startsOn')} type="date" required />
              <TextField page={page} form={assignmentForm} idPrefix="assign-" name="endsOn" label={t('coordinators.endsOn')} type="date" />
              <button type="submit">{t('coordinators.assign')}</button>
            </form>
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}
