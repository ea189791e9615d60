// One respondent's answers as a form sends them (phone screen, web page or
// paper entry all post the same field names), read against the survey's
// questions: skip logic applied, hidden answers dropped, every value checked.
import { allQuestions, visibleQuestions, type Answers, type DefinitionProblem, type Question, type SurveyDefinition } from './definition.ts';

type Body = Record<string, string | string[] | undefined>;

/** The form field of a question (`q.outings`), of its その他 text, and of a matrix row. */
export const answerField = (name: string) => `q.${name}`;
export const otherField = (name: string) => `q.${name}.other`;
export const matrixField = (name: string, item: string) => `q.${name}.${item}`;

/** Where a matrix row's or an その他 text's answer is kept among the answers. */
export const otherKey = (name: string) => `${name}.other`;
export const matrixKey = (name: string, item: string) => `${name}.${item}`;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);

function rangeProblem(min: number | null, max: number | null, unit: string): string {
  const key = min !== null && max !== null ? 'surveys.answer.range' : min !== null ? 'surveys.answer.atLeast' : 'surveys.answer.atMost';
  return `${key}?${new URLSearchParams({ min: String(min ?? ''), max: String(max ?? ''), unit })}`;
}

type Read = { values: Answers; problem: string | null };

function readQuestion(q: Question, body: Body, districtIds: readonly string[]): Read {
  const raw = first(body[answerField(q.name)]);
  switch (q.kind) {
    case 'single': {
      if (raw === '') return { values: {}, problem: null };
      if (raw === 'other' && q.allowOther) return { values: { [q.name]: 'other', [otherKey(q.name)]: first(body[otherField(q.name)]).slice(0, 500) }, problem: null };
      return q.choices.some((c) => c.name === raw) ? { values: { [q.name]: raw }, problem: null } : { values: {}, problem: 'validation.choice' };
    }
    case 'multiple': {
      const chosen = [...new Set(all(body[answerField(q.name)]))];
      const known = chosen.every((v) => q.choices.some((c) => c.name === v) || (q.allowOther && v === 'other'));
      if (!known) return { values: {}, problem: 'validation.choice' };
      if (chosen.length === 0) return { values: {}, problem: null };
      const values: Answers = { [q.name]: chosen };
      if (chosen.includes('other')) values[otherKey(q.name)] = first(body[otherField(q.name)]).slice(0, 500);
      return { values, problem: null };
    }
    case 'scale': {
      if (raw === '') return { values: {}, problem: null };
      const n = Number(raw);
      return Number.isInteger(n) && n >= 1 && n <= q.points ? { values: { [q.name]: raw }, problem: null } : { values: {}, problem: 'validation.choice' };
    }
    case 'yesno':
      if (raw === '') return { values: {}, problem: null };
      return raw === 'yes' || raw === 'no' ? { values: { [q.name]: raw }, problem: null } : { values: {}, problem: 'validation.choice' };
    case 'number': {
      if (raw === '') return { values: {}, problem: null };
      const n = Number(raw.normalize('NFKC').replace(/,/g, ''));
      if (!Number.isFinite(n) || (q.integer && !Number.isInteger(n))) return { values: {}, problem: q.integer ? 'surveys.answer.integer' : 'surveys.answer.number' };
      if ((q.min !== null && n < q.min) || (q.max !== null && n > q.max)) return { values: {}, problem: rangeProblem(q.min, q.max, q.unit) };
      return { values: { [q.name]: n }, problem: null };
    }
    case 'date':
      if (raw === '') return { values: {}, problem: null };
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? { values: { [q.name]: raw }, problem: null } : { values: {}, problem: 'validation.date' };
    case 'text':
      return raw === '' ? { values: {}, problem: null } : { values: { [q.name]: raw.slice(0, q.long ? 4000 : 500) }, problem: null };
    case 'district':
      if (raw === '') return { values: {}, problem: null };
      return districtIds.includes(raw) ? { values: { [q.name]: raw }, problem: null } : { values: {}, problem: 'validation.choice' };
    case 'matrix': {
      const values: Answers = {};
      for (const item of q.items) {
        const v = first(body[matrixField(q.name, item.name)]);
        if (v === '') continue;
        if (!q.scale.some((s) => s.name === v)) return { values: {}, problem: 'validation.choice' };
        values[matrixKey(q.name, item.name)] = v;
      }
      return { values, problem: null };
    }
  }
}

function answered(q: Question, answers: Answers): boolean {
  if (q.kind === 'matrix') return q.items.every((item) => answers[matrixKey(q.name, item.name)] !== undefined);
  const v = answers[q.name];
  return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
}

export type ReadAnswers = { answers: Answers; problems: DefinitionProblem[] };

/**
 * Reads the answers of a form body. Questions hidden by skip logic are
 * dropped even if the form sent them (a page without JavaScript may). A draft
 * skips the required check; every value is still checked.
 */
export function readAnswers(definition: SurveyDefinition, body: Body, options: { districtIds: readonly string[]; draft?: boolean }): ReadAnswers {
  const problems: DefinitionProblem[] = [];
  const read: Answers = {};
  for (const q of allQuestions(definition)) {
    const { values, problem } = readQuestion(q, body, options.districtIds);
    if (problem) problems.push({ path: answerField(q.name), message: problem });
    Object.assign(read, values);
  }
  const visible = visibleQuestions(definition, read);
  const answers: Answers = {};
  for (const q of visible) {
    for (const [key, value] of Object.entries(read)) if (key === q.name || key.startsWith(`${q.name}.`)) answers[key] = value;
    if (!options.draft && q.required && !answered(q, answers) && !problems.some((p) => p.path === answerField(q.name))) problems.push({ path: answerField(q.name), message: 'validation.required' });
  }
  const shown = new Set(visible.map((q) => answerField(q.name)));
  return { answers, problems: problems.filter((p) => shown.has(p.path)) };
}

/** The form values that show stored answers again (a draft reopened); several choices are joined by newlines, as form-fields keeps them. */
export function answerFormValues(definition: SurveyDefinition, answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const q of allQuestions(definition)) {
    if (q.kind === 'matrix') {
      for (const item of q.items) {
        const v = answers[matrixKey(q.name, item.name)];
        if (typeof v === 'string') values[matrixField(q.name, item.name)] = v;
      }
      continue;
    }
    const v = answers[q.name];
    if (v === undefined || v === null) continue;
    values[answerField(q.name)] = Array.isArray(v) ? v.join('\n') : String(v);
    const other = answers[otherKey(q.name)];
    if (typeof other === 'string') values[otherField(q.name)] = other;
  }
  return values;
}
