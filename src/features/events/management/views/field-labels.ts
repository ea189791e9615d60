import type { FormState } from '../../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';

const topLevel = [
  'title', 'titleReading', 'kind', 'isVolunteerTraining', 'organiser', 'description', 'targetAudience', 'startsAt', 'endsAt',
  'inPerson', 'venueName', 'venueAddress', 'venueAccess', 'liveOnline', 'liveUrl', 'liveNotes', 'onDemand', 'onDemandUrl',
  'onDemandMaterialsUrl', 'onDemandFrom', 'onDemandUntil', 'capacity', 'feeYen', 'applicationOpensAt', 'applicationClosesAt',
  'paymentDueAt', 'paymentInstructions', 'cancellationPolicy', 'selfCancelHours', 'offerHours', 'contactName', 'contactPhone',
  'contactFax', 'contactEmail',
] as const;

const rowFields: Record<string, string> = {
  delivery: 'sessionDelivery', startsAt: 'sessionStartsAt', endsAt: 'sessionEndsAt', durationMinutes: 'sessionDuration', title: 'sessionTitle', description: 'sessionDescription',
};

// 'sessions.2.speakers.0.name' → 「プログラム 3 登壇者 1: 氏名」, so the error summary names the row.
function nestedLabel(page: PageContext, path: string): string {
  const { t } = page;
  const parts = path.split('.');
  const number = (i: number) => Number(parts[i]) + 1;
  if (parts[0] === 'sessions' && parts[2] === 'speakers') {
    return `${t('events.mgmt.sessionRow', { number: number(1) })} ${t('events.mgmt.speakerRow', { number: number(3) })}: ${t(`events.mgmt.field.speaker${cap(parts[4] ?? 'name')}`)}`;
  }
  if (parts[0] === 'sessions') return `${t('events.mgmt.sessionRow', { number: number(1) })}: ${t(`events.mgmt.field.${rowFields[parts[2] ?? ''] ?? 'sessionTitle'}`)}`;
  if (parts[0] === 'questions') return `${t('events.mgmt.questionRow', { number: number(1) })}: ${t(parts[2] === 'options' ? 'events.mgmt.field.questionOptions' : 'events.mgmt.field.questionLabel')}`;
  if (parts[0] === 'participantTypes') return `${t('events.mgmt.participantTypeRow', { number: number(1) })}: ${t(parts[2] === 'feeYen' ? 'events.mgmt.field.participantTypeFee' : 'events.mgmt.field.participantTypeLabel')}`;
  return '';
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Labels of every field, and of each row field that has a problem, for the form and its error summary. */
export function fieldLabels(page: PageContext, form: FormState): Record<string, string> {
  const labels: Record<string, string> = Object.fromEntries(topLevel.map((name) => [name, page.t(`events.mgmt.field.${name}`)]));
  for (const path of Object.keys(form.errors)) if (!(path in labels)) labels[path] = nestedLabel(page, path);
  return labels;
}
