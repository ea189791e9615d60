// One question as the editor's form sends it, read into the definition's
// shape: choices one per line (「label」 or 「name=label」), names made up when
// left empty, so a coordinator never has to think of codes.
import { z } from 'zod';
import { optionalText, requiredText } from '../../platform/validation/fields.ts';
import { allQuestions, question, questionName, type Choice, type Question, type SurveyDefinition } from './definition.ts';

const checkbox = z
  .union([z.literal('1'), z.literal('on'), z.literal('')])
  .optional()
  .transform((v) => v === '1' || v === 'on');
const optionalNumber = z
  .string()
  .optional()
  .transform((v) => (v ?? '').normalize('NFKC').trim())
  .refine((v) => v === '' || Number.isFinite(Number(v)), { error: 'surveys.answer.number' })
  .transform((v) => (v === '' ? null : Number(v)));

export const questionFormInput = z.object({
  section: z.coerce.number().int().min(0).max(30),
  newSection: optionalText({ max: 200 }),
  kind: z.enum(['single', 'multiple', 'scale', 'yesno', 'number', 'date', 'text', 'district', 'matrix'], { error: 'validation.choice' }),
  name: z.union([z.literal(''), questionName]).optional().default(''),
  label: requiredText({ max: 500 }),
  hint: optionalText({ max: 500 }),
  required: checkbox,
  choices: optionalText({ max: 4000, multiline: true }),
  items: optionalText({ max: 4000, multiline: true }),
  allowOther: checkbox,
  points: optionalNumber,
  lowLabel: optionalText({ max: 50 }),
  highLabel: optionalText({ max: 50 }),
  unit: optionalText({ max: 20 }),
  min: optionalNumber,
  max: optionalNumber,
  long: checkbox,
  showIfQuestion: z.union([z.literal(''), questionName]).optional().default(''),
  showIfOperator: z.enum(['equals', 'notEquals', 'includes']).optional().default('equals'),
  showIfValue: optionalText({ max: 200 }),
});
export type QuestionFormInput = z.infer<typeof questionFormInput>;

/** `name=label` or `label` per line; a line without a name gets c1, c2 … in order. */
export function choiceLines(text: string): Choice[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const at = line.indexOf('=');
      const name = at > 0 ? line.slice(0, at).trim() : '';
      return questionName.safeParse(name).success ? { name, label: line.slice(at + 1).trim() } : { name: `c${i + 1}`, label: line };
    });
}

function freeName(definition: SurveyDefinition): string {
  const taken = new Set([...allQuestions(definition).map((q) => q.name), ...definition.indicators.map((i) => i.name)]);
  let n = taken.size + 1;
  while (taken.has(`q${n}`)) n++;
  return `q${n}`;
}

/**
 * The question the form describes, checked by the definition's own schema;
 * a problem is reported on the field the person typed in.
 */
export function questionFromForm(input: QuestionFormInput, definition: SurveyDefinition): { question: Question } | { field: string; message: string } {
  const name = input.name || freeName(definition);
  const showIf = input.showIfQuestion ? [{ question: input.showIfQuestion, operator: input.showIfOperator, value: input.showIfValue }] : [];
  const common = { name, label: input.label, hint: input.hint, required: input.required, showIf };
  const candidate = {
    single: { ...common, kind: 'single', choices: choiceLines(input.choices), allowOther: input.allowOther },
    multiple: { ...common, kind: 'multiple', choices: choiceLines(input.choices), allowOther: input.allowOther },
    scale: { ...common, kind: 'scale', points: input.points ?? 5, lowLabel: input.lowLabel, highLabel: input.highLabel },
    yesno: { ...common, kind: 'yesno' },
    number: { ...common, kind: 'number', unit: input.unit, min: input.min, max: input.max, integer: true },
    date: { ...common, kind: 'date' },
    text: { ...common, kind: 'text', long: input.long },
    district: { ...common, kind: 'district' },
    matrix: { ...common, kind: 'matrix', items: choiceLines(input.items), scale: choiceLines(input.choices) },
  }[input.kind];
  const parsed = question.safeParse(candidate);
  if (parsed.success) return { question: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path[0] === 'choices' || issue.path[0] === 'scale' ? 'choices' : issue.path[0] === 'items' ? 'items' : issue.path[0] === 'points' ? 'points' : 'label';
  return { field, message: field === 'choices' || field === 'items' ? 'surveys.editor.choicesNeeded' : field === 'points' ? 'surveys.editor.pointsRange' : issue.message };
}
