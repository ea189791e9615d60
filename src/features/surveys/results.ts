// Tabulation of submitted answers: counts and percentages per question (non-
// response kept in the denominator), indicators, and a cross-tabulation by
// respondent type, 圏域 or another question. Pure, so it is tested alone.
import { matrixKey, otherKey } from './answers.ts';
import { allQuestions, indicatorHolds, type Answers, type Question, type SurveyDefinition } from './definition.ts';

export type Respondent = { answers: Answers; respondentType: string; areaId: string | null; method: string; version: number };
export type Category = { key: string; label: string };
export type Bar = Category & { count: number };

export type QuestionResult =
  | { kind: 'choices'; question: Question; n: number; noAnswer: number; bars: Bar[]; otherTexts: string[] }
  | { kind: 'matrix'; question: Question; n: number; rows: { item: Category; bars: Bar[]; noAnswer: number }[] }
  | { kind: 'number'; question: Question; n: number; noAnswer: number; mean: number | null; median: number | null; min: number | null; max: number | null }
  | { kind: 'texts'; question: Question; n: number; noAnswer: number; texts: string[] };

export type Labels = { yes: string; no: string; other: string; districts: Map<string, string> };

/** The categories a question's answers fall in, in the order the question lists them. */
export function categoriesOf(q: Question, labels: Labels): Category[] | null {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return [...q.choices.map((c) => ({ key: c.name, label: c.label })), ...(q.allowOther ? [{ key: 'other', label: labels.other }] : [])];
    case 'yesno':
      return [{ key: 'yes', label: labels.yes }, { key: 'no', label: labels.no }];
    case 'scale':
      return Array.from({ length: q.points }, (_, i) => ({ key: String(i + 1), label: i === 0 && q.lowLabel ? `1（${q.lowLabel}）` : i === q.points - 1 && q.highLabel ? `${q.points}（${q.highLabel}）` : String(i + 1) }));
    case 'district':
      return [...labels.districts].map(([key, label]) => ({ key, label }));
    default:
      return null;
  }
}

function valuesOf(answers: Answers, name: string): string[] {
  const v = answers[name];
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [String(v)];
}

export function tabulateQuestion(q: Question, respondents: readonly Respondent[], labels: Labels): QuestionResult {
  const n = respondents.length;
  if (q.kind === 'matrix') {
    const rows = q.items.map((item) => {
      const counts = new Map(q.scale.map((s) => [s.name, 0]));
      let noAnswer = 0;
      for (const r of respondents) {
        const v = r.answers[matrixKey(q.name, item.name)];
        if (typeof v === 'string' && counts.has(v)) counts.set(v, counts.get(v)! + 1);
        else noAnswer++;
      }
      return { item: { key: item.name, label: item.label }, bars: q.scale.map((s) => ({ key: s.name, label: s.label, count: counts.get(s.name)! })), noAnswer };
    });
    return { kind: 'matrix', question: q, n, rows };
  }
  if (q.kind === 'number') {
    const numbers = respondents.map((r) => r.answers[q.name]).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    const mid = numbers.length / 2;
    const median = numbers.length === 0 ? null : numbers.length % 2 ? numbers[Math.floor(mid)]! : (numbers[mid - 1]! + numbers[mid]!) / 2;
    const mean = numbers.length === 0 ? null : Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10;
    return { kind: 'number', question: q, n, noAnswer: n - numbers.length, mean, median, min: numbers[0] ?? null, max: numbers.at(-1) ?? null };
  }
  const categories = categoriesOf(q, labels);
  if (!categories) {
    const texts = respondents.map((r) => r.answers[q.name]).filter((v): v is string => typeof v === 'string' && v !== '');
    return { kind: 'texts', question: q, n, noAnswer: n - texts.length, texts };
  }
  const counts = new Map(categories.map((c) => [c.key, 0]));
  let noAnswer = 0;
  const otherTexts: string[] = [];
  for (const r of respondents) {
    const values = valuesOf(r.answers, q.name).filter((v) => counts.has(v));
    if (values.length === 0) noAnswer++;
    for (const v of values) counts.set(v, counts.get(v)! + 1);
    const other = r.answers[otherKey(q.name)];
    if (typeof other === 'string' && other !== '') otherTexts.push(other);
  }
  return { kind: 'choices', question: q, n, noAnswer, bars: categories.map((c) => ({ ...c, count: counts.get(c.key)! })), otherTexts };
}

/** Per question of the survey's current questions; answers given under older versions count where the question is unchanged by name. */
export function tabulate(definition: SurveyDefinition, respondents: readonly Respondent[], labels: Labels): { questions: QuestionResult[]; indicators: { label: string; count: number; n: number }[] } {
  return {
    questions: allQuestions(definition).map((q) => tabulateQuestion(q, respondents, labels)),
    indicators: definition.indicators.map((ind) => ({ label: ind.label, count: respondents.filter((r) => indicatorHolds(ind, r.answers)).length, n: respondents.length })),
  };
}

export type CrossTab = { columns: Category[]; rows: { category: Category; n: number; cells: number[]; noAnswer: number }[] };

/** Rows by the grouping (a respondent's type, 圏域, or the answer to another question), columns by the question's categories. */
export function crossTabulate(q: Question, respondents: readonly Respondent[], rowsOf: (r: Respondent) => string[], rowCategories: Category[], labels: Labels): CrossTab | null {
  const columns = categoriesOf(q, labels);
  if (!columns) return null;
  const rows = rowCategories.map((category) => {
    const members = respondents.filter((r) => rowsOf(r).includes(category.key));
    const cells = columns.map((c) => members.filter((r) => valuesOf(r.answers, q.name).includes(c.key)).length);
    const noAnswer = members.filter((r) => !valuesOf(r.answers, q.name).some((v) => columns.some((c) => c.key === v))).length;
    return { category, n: members.length, cells, noAnswer };
  });
  return { columns, rows };
}

/** What a published figure shows: a count under the threshold becomes 「＜10」, so no respondent can be recognised. */
export function publishedCount(count: number, threshold: number | null): string {
  if (threshold !== null && count > 0 && count < threshold) return `＜${threshold}`;
  return String(count);
}

/** A share of all respondents (non-response stays in the denominator), one decimal. */
export function percent(count: number, n: number): string {
  return n === 0 ? '0.0' : ((count / n) * 100).toFixed(1);
}
