import { instantToJapanDateTime } from '../../../platform/wareki/japan-time.ts';
import type { EventRow, EventSessionRow } from '../schema.ts';

type Body = Record<string, string | string[]>;

export const repeatedRows = ['sessions', 'questions', 'participantTypes'] as const;
export type RepeatedRow = (typeof repeatedRows)[number];

const minimumRows: Record<RepeatedRow, number> = { sessions: 3, questions: 1, participantTypes: 1 };
const minimumSpeakers = 2;
const flags = ['isVolunteerTraining', 'inPerson', 'liveOnline', 'onDemand'] as const;

function single(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function isBlank(values: string[]): boolean {
  return values.every((v) => v.trim() === '');
}

/** How many rows of a repeated group the form shows: what it showed before, at least what is filled, at least the minimum. */
export function rowCount(values: Record<string, string>, prefix: string, minimum: number): number {
  const shown = Number(values[`rows.${prefix}`]) || 0;
  const indexes = Object.keys(values)
    .filter((key) => key.startsWith(`${prefix}.`))
    .map((key) => Number(key.slice(prefix.length + 1).split('.')[0]))
    .filter((n) => Number.isInteger(n));
  return Math.min(60, Math.max(minimum, shown, indexes.length ? Math.max(...indexes) + 1 : 0));
}

export function sessionRowCount(values: Record<string, string>): number {
  return rowCount(values, 'sessions', minimumRows.sessions);
}

export function speakerRowCount(values: Record<string, string>, session: number): number {
  return rowCount(values, `sessions.${session}.speakers`, minimumSpeakers);
}

export function groupRowCount(values: Record<string, string>, group: RepeatedRow): number {
  return rowCount(values, group, minimumRows[group]);
}

/** Form values with one more row in the group named by the 「行を追加」 button (e.g. 'sessions' or 'sessions.2.speakers'). */
export function withOneMoreRow(values: Record<string, string>, group: string): Record<string, string> {
  const isSpeakers = /^sessions\.\d+\.speakers$/.test(group);
  if (!isSpeakers && !repeatedRows.includes(group as RepeatedRow)) return values;
  const minimum = isSpeakers ? minimumSpeakers : minimumRows[group as RepeatedRow];
  return { ...values, [`rows.${group}`]: String(rowCount(values, group, minimum) + 1) };
}

function speakersOf(body: Body, session: number): ({ name: string; affiliation: string; role: string } | null)[] {
  const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, single(v)]));
  return Array.from({ length: speakerRowCount(values, session) }, (_, j) => {
    const at = (field: string) => single(body[`sessions.${session}.speakers.${j}.${field}`]);
    const speaker = { name: at('name'), affiliation: at('affiliation'), role: at('role') };
    return isBlank(Object.values(speaker)) ? null : speaker;
  });
}

function sessionsOf(body: Body, values: Record<string, string>) {
  return Array.from({ length: sessionRowCount(values) }, (_, i) => {
    const at = (field: string) => single(body[`sessions.${i}.${field}`]);
    const speakers = speakersOf(body, i);
    const typed = [at('startsAt'), at('endsAt'), at('durationMinutes'), at('title'), at('description')];
    if (isBlank(typed) && speakers.every((s) => s === null)) return null;
    return { delivery: at('delivery'), startsAt: at('startsAt'), endsAt: at('endsAt'), durationMinutes: at('durationMinutes'), title: at('title'), description: at('description'), speakers };
  });
}

function questionsOf(body: Body, values: Record<string, string>) {
  return Array.from({ length: groupRowCount(values, 'questions') }, (_, i) => {
    const at = (field: string) => single(body[`questions.${i}.${field}`]);
    if (isBlank([at('label'), at('options')])) return null;
    const options = at('options').split(/\r?\n/).map((o) => o.trim()).filter(Boolean);
    return { id: at('id'), label: at('label'), kind: at('kind') || 'text', options, required: at('required') === 'on' };
  });
}

function participantTypesOf(body: Body, values: Record<string, string>) {
  return Array.from({ length: groupRowCount(values, 'participantTypes') }, (_, i) => {
    const at = (field: string) => single(body[`participantTypes.${i}.${field}`]);
    return isBlank([at('label'), at('feeYen')]) ? null : { id: at('id'), label: at('label'), feeYen: at('feeYen') };
  });
}

/** Turns the flat staff form into the nested shape createEventInput expects; blank rows become null. */
export function eventFormToInput(body: Body): Record<string, unknown> {
  const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, single(v)]));
  const plain = Object.fromEntries(Object.entries(values).filter(([key]) => !/^(rows|sessions|questions|participantTypes)\./.test(key) && key !== 'addRow'));
  return {
    ...plain,
    ...Object.fromEntries(flags.map((f) => [f, values[f] === 'on'])),
    sessions: sessionsOf(body, values),
    questions: questionsOf(body, values),
    participantTypes: participantTypesOf(body, values),
  };
}

const timeText = (d: Date | null) => (d ? instantToJapanDateTime(d) : '');

/** Form values of a saved event and its programme, in the form's flat naming. */
export function eventFormValues(event: EventRow, sessions: EventSessionRow[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(event)) {
    if (typeof value === 'string') values[key] = value;
    else if (typeof value === 'number') values[key] = String(value);
    else if (value instanceof Date) values[key] = timeText(value);
  }
  for (const f of flags) values[f] = event[f] ? 'on' : '';
  values.capacity = event.capacity === null ? '' : String(event.capacity);
  sessions.forEach((s, i) => {
    Object.assign(values, { [`sessions.${i}.delivery`]: s.delivery, [`sessions.${i}.startsAt`]: timeText(s.startsAt), [`sessions.${i}.endsAt`]: timeText(s.endsAt), [`sessions.${i}.durationMinutes`]: s.durationMinutes === null ? '' : String(s.durationMinutes), [`sessions.${i}.title`]: s.title, [`sessions.${i}.description`]: s.description });
    s.speakers.forEach((p, j) => Object.assign(values, { [`sessions.${i}.speakers.${j}.name`]: p.name, [`sessions.${i}.speakers.${j}.affiliation`]: p.affiliation, [`sessions.${i}.speakers.${j}.role`]: p.role }));
    values[`rows.sessions.${i}.speakers`] = String(s.speakers.length + 1);
  });
  values['rows.sessions'] = String(sessions.length + 1);
  event.questions.forEach((q, i) => Object.assign(values, { [`questions.${i}.id`]: q.id, [`questions.${i}.label`]: q.label, [`questions.${i}.kind`]: q.kind, [`questions.${i}.options`]: q.options.join('\n'), [`questions.${i}.required`]: q.required ? 'on' : '' }));
  values['rows.questions'] = String(event.questions.length + 1);
  event.participantTypes.forEach((p, i) => Object.assign(values, { [`participantTypes.${i}.id`]: p.id, [`participantTypes.${i}.label`]: p.label, [`participantTypes.${i}.feeYen`]: String(p.feeYen) }));
  values['rows.participantTypes'] = String(event.participantTypes.length + 1);
  return values;
}

/** Starting values of a new event's form. */
export const newEventFormValues: Record<string, string> = { kind: 'training', inPerson: 'on', feeYen: '0', selfCancelHours: '24', offerHours: '48' };
