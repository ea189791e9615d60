import { CsrfField, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { CouncilMemberRow, CouncilRow, CouncilTermRow } from '../service.ts';
import { memberRoles } from '../vocabulary.ts';
import { MemberLeaveForm } from './CouncilPage.tsx';

type Props = { page: PageContext; council: CouncilRow; member: CouncilMemberRow | null; form: FormState; memberTypes: CouncilTermRow[] };

export function memberFormValues(member: CouncilMemberRow): Record<string, string> {
  return {
    personName: member.personName,
    organisationName: member.organisationName ?? '',
    memberTypeId: member.memberTypeId,
    role: member.role,
    email: member.email,
    fax: member.fax,
    termStart: member.termStart,
    termEnd: member.termEnd ?? '',
  };
}

/** One member term: a person and/or the organisation they come from, the kind, the role and the 任期. */
export function MemberFormPage({ page, council, member, form, memberTypes }: Props) {
  const { t } = page;
  const title = member ? t('councils.editMember') : t('councils.addMember');
  const labels = {
    personName: t('councils.personName'),
    organisationName: t('councils.organisationName'),
    memberTypeId: t('councils.memberType'),
    role: t('councils.memberRole'),
    email: t('councils.email'),
    fax: t('councils.fax'),
    termStart: t('councils.termStart'),
    termEnd: t('councils.termEnd'),
  };
  const action = member ? `/staff/councils/${council.id}/members/${member.id}` : `/staff/councils/${council.id}/members`;
  return (
    <Layout page={page} title={`${title} | ${council.name}`} staff>
      <h1>{title}</h1>
      <p>
        <a href={`/staff/councils/${council.id}`}>{council.name}</a>
      </p>
      <form method="post" action={action} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="personName" label={labels.personName} maxLength={100} hint={t('councils.personNameHint')} />
        <TextField page={page} form={form} name="organisationName" label={labels.organisationName} maxLength={200} hint={t('councils.organisationHint')} />
        <SelectField page={page} form={form} name="memberTypeId" label={labels.memberTypeId} required options={memberTypes.filter((m) => !m.archivedAt || m.id === form.values.memberTypeId).map((m) => ({ value: m.id, label: m.name }))} />
        <SelectField page={page} form={form} name="role" label={labels.role} required options={memberRoles.map((r) => ({ value: r, label: t(`councils.role.${r}`) }))} />
        <TextField page={page} form={form} name="email" type="email" label={labels.email} maxLength={254} hint={t('councils.emailHint')} />
        <TextField page={page} form={form} name="fax" type="tel" label={labels.fax} maxLength={20} />
        <TextField page={page} form={form} name="termStart" type="date" label={labels.termStart} required />
        <TextField page={page} form={form} name="termEnd" type="date" label={labels.termEnd} hint={t('councils.termEndHint')} />
        <button type="submit">{t('form.save')}</button>
      </form>
      {member && !member.archivedAt ? <MemberLeaveForm page={page} council={council} member={member} /> : null}
    </Layout>
  );
}
