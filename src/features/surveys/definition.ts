// What a survey asks: sections of typed questions, skip logic that looks only
// backwards, and derived indicators. A plain value (stored as JSON on the
// survey's version), checked by checkDefinition before it is saved.
import { z } from 'zod';

/** A question's name, as XLSForm writes it: a letter or underscore, then letters, digits, _ . - */
export const questionName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/, { error: 'surveys.nameFormat' });

const choice = z.object({ name: questionName, label: z.string().trim().min(1).max(200) });
export type Choice = z.infer<typeof choice>;

/** Shown only when an earlier answer matches: equals / differs from a choice, or a multiple choice includes it. */
const condition = z.object({ question: questionName, operator: z.enum(['equals', 'notEquals', 'includes']), value: z.string().max(200) });
export type Condition = z.infer<typeof condition>;

const common = {
  name: questionName,
  label: z.string().trim().min(1, { error: 'validation.required' }).max(500),
  hint: z.string().max(500).default(''),
  required: z.boolean().default(false),
  // All conditions must hold (XLSForm's `and`).
  showIf: z.array(condition).max(10).default([]),
};

export const question = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('single'), choices: z.array(choice).min(2).max(50), allowOther: z.boolean().default(false) }),
  z.object({ ...common, kind: z.literal('multiple'), choices: z.array(choice).min(2).max(50), allowOther: z.boolean().default(false) }),
  z.object({ ...common, kind: z.literal('scale'), points: z.number().int().min(2).max(10), lowLabel: z.string().max(50).default(''), highLabel: z.string().max(50).default('') }),
  z.object({ ...common, kind: z.literal('yesno') }),
  z.object({ ...common, kind: z.literal('number'), unit: z.string().max(20).default(''), min: z.number().nullable().default(null), max: z.number().nullable().default(null), integer: z.boolean().default(true) }),
  z.object({ ...common, kind: z.literal('date') }),
  z.object({ ...common, kind: z.literal('text'), long: z.boolean().default(false) }),
  z.object({ ...common, kind: z.literal('district') }),
  z.object({ ...common, kind: z.literal('matrix'), items: z.array(choice).min(1).max(30), scale: z.array(choice).min(2).max(10) }),
]);
export type Question = z.infer<typeof question>;
export type QuestionKind = Question['kind'];

/** A flag computed from several answers, e.g. 「3 of these 5 → 閉じこもりリスク」. */
const indicator = z.object({ name: questionName, label: z.string().trim().min(1).max(200), conditions: z.array(condition).min(1).max(30), atLeast: z.number().int().min(1) });
export type Indicator = z.infer<typeof indicator>;

export const surveyDefinition = z.object({
  sections: z.array(z.object({ title: z.string().max(200).default(''), questions: z.array(question).max(200) })).min(1).max(30),
  indicators: z.array(indicator).max(30).default([]),
});
export type SurveyDefinition = z.infer<typeof surveyDefinition>;

export type DefinitionProblem = { path: string; message: string; params?: Record<string, string | number> };

export function allQuestions(definition: SurveyDefinition): Question[] {
  return definition.sections.flatMap((s) => s.questions);
}

function choiceNames(q: Question): string[] | null {
  if (q.kind === 'single' || q.kind === 'multiple') return q.choices.map((c) => c.name);
  if (q.kind === 'yesno') return ['yes', 'no'];
  if (q.kind === 'scale') return Array.from({ length: q.points }, (_, i) => String(i + 1));
  return null;
}

function checkCondition(c: Condition, earlier: Map<string, Question>, later: Set<string>, path: string): DefinitionProblem | null {
  const target = earlier.get(c.question);
  if (!target) return { path, message: later.has(c.question) ? 'surveys.showIfLater' : 'surveys.showIfUnknown', params: { name: c.question } };
  if (c.operator === 'includes' && target.kind !== 'multiple') return { path, message: 'surveys.includesNeedsMultiple', params: { name: c.question } };
  const names = choiceNames(target);
  if (names && !names.includes(c.value)) return { path, message: 'surveys.conditionValueUnknown', params: { name: c.question, value: c.value } };
  return null;
}

/**
 * The rules a survey must keep before it is saved: unique names, choices named
 * once, skip logic that refers only to questions asked before (so there can be
 * no cycle), number ranges that make sense, indicators that can be reached.
 */
export function checkDefinition(definition: SurveyDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const questions = allQuestions(definition);
  const seen = new Map<string, Question>();
  const all = new Set(questions.map((q) => q.name));
  questions.forEach((q, i) => {
    const path = `questions.${i}`;
    if (seen.has(q.name)) problems.push({ path, message: 'surveys.nameTaken', params: { name: q.name } });
    const names = q.kind === 'single' || q.kind === 'multiple' ? q.choices.map((c) => c.name) : q.kind === 'matrix' ? q.items.map((c) => c.name) : [];
    if (new Set(names).size !== names.length) problems.push({ path, message: 'surveys.choiceTaken', params: { name: q.name } });
    if (q.kind === 'number' && q.min !== null && q.max !== null && q.min > q.max) problems.push({ path, message: 'surveys.rangeReversed', params: { name: q.name } });
    const later = new Set([...all].filter((n) => !seen.has(n)));
    for (const c of q.showIf) {
      const problem = c.question === q.name ? { path, message: 'surveys.showIfSelf', params: { name: q.name } } : checkCondition(c, seen, later, path);
      if (problem) problems.push(problem);
    }
    seen.set(q.name, q);
  });
  definition.indicators.forEach((ind, i) => {
    const path = `indicators.${i}`;
    if (all.has(ind.name)) problems.push({ path, message: 'surveys.nameTaken', params: { name: ind.name } });
    if (ind.atLeast > ind.conditions.length) problems.push({ path, message: 'surveys.indicatorUnreachable', params: { name: ind.name } });
    for (const c of ind.conditions) {
      const problem = checkCondition(c, seen, new Set(), path);
      if (problem) problems.push(problem);
    }
  });
  return problems;
}

/** One respondent's answers by question name: a choice name, several, a number, a text or a date. */
export type Answers = Record<string, string | string[] | number | null | undefined>;

export function conditionHolds(c: Condition, answers: Answers): boolean {
  const value = answers[c.question];
  if (c.operator === 'includes') return Array.isArray(value) && value.includes(c.value);
  if (value === undefined || value === null || Array.isArray(value)) return c.operator === 'notEquals';
  return c.operator === 'equals' ? String(value) === c.value : String(value) !== c.value;
}

/** The questions to ask given the answers so far: skip logic applied in order, so a hidden question hides those that depend on it. */
export function visibleQuestions(definition: SurveyDefinition, answers: Answers): Question[] {
  const shown = new Set<string>();
  const visible: Question[] = [];
  for (const q of allQuestions(definition)) {
    if (q.showIf.every((c) => shown.has(c.question) && conditionHolds(c, answers))) {
      shown.add(q.name);
      visible.push(q);
    }
  }
  return visible;
}

/** True when at least `atLeast` of the indicator's conditions hold. */
export function indicatorHolds(indicator: Indicator, answers: Answers): boolean {
  return indicator.conditions.filter((c) => conditionHolds(c, answers)).length >= indicator.atLeast;
}

/**
 * Whether a change alters what answers mean, so answers already given must keep
 * the old version: a question removed, its kind or wording or choices changed,
 * or its skip logic changed. Adding a question or a hint does not.
 */
export function changesMeaning(before: SurveyDefinition, after: SurveyDefinition): boolean {
  const next = new Map(allQuestions(after).map((q) => [q.name, q]));
  for (const old of allQuestions(before)) {
    const now = next.get(old.name);
    if (!now) return true;
    const { hint: _a, required: _b, ...oldMeaning } = old;
    const { hint: _c, required: _d, ...newMeaning } = now;
    if (canonical(oldMeaning) !== canonical(newMeaning)) return true;
  }
  return canonical(before.indicators) !== canonical(after.indicators);
}

/** JSON with object keys sorted, so the same question read from a workbook or a form compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}
