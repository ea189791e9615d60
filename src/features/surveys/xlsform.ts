// The question list as an XLSForm-style workbook (survey and choices sheets),
// so a form made in ODK or KoboToolbox comes in and ours goes out. Only what
// Sasaeai's questions can hold is read; the rest is reported, not guessed.
import type { Choice, Condition, DefinitionProblem, Indicator, Question, SurveyDefinition } from './definition.ts';

export type SurveyRow = Record<'type' | 'name' | 'label' | 'hint' | 'required' | 'relevant' | 'appearance' | 'constraint' | 'calculation' | 'parameters' | 'unit', string>;
export type ChoiceRow = { list_name: string; name: string; label: string };
export type XlsForm = { survey: SurveyRow[]; choices: ChoiceRow[] };

const emptyRow: SurveyRow = { type: '', name: '', label: '', hint: '', required: '', relevant: '', appearance: '', constraint: '', calculation: '', parameters: '', unit: '' };
const yesNo: Choice[] = [
  { name: 'yes', label: 'はい' },
  { name: 'no', label: 'いいえ' },
];

function conditionText(c: Condition): string {
  const value = c.value.replace(/'/g, '');
  if (c.operator === 'includes') return `selected(\${${c.question}}, '${value}')`;
  return `\${${c.question}} ${c.operator === 'equals' ? '=' : '!='} '${value}'`;
}

const conditionPattern = /^\s*(?:selected\(\s*\$\{([^}]+)\}\s*,\s*'([^']*)'\s*\)|\$\{([^}]+)\}\s*(!=|=)\s*'([^']*)')\s*$/;

// `(x)` → `x`, but `selected(…)` keeps its own parentheses.
function unwrapped(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  return t;
}

/** Reads `${q} = 'v' and selected(${r}, 'w')`; null when the expression is more than that. */
export function parseConditions(text: string): Condition[] | null {
  if (text.trim() === '') return [];
  const conditions: Condition[] = [];
  for (const part of text.split(/\s+and\s+/)) {
    const m = conditionPattern.exec(unwrapped(part));
    if (!m) return null;
    conditions.push(m[1] ? { question: m[1], operator: 'includes', value: m[2]! } : { question: m[3]!, operator: m[4] === '=' ? 'equals' : 'notEquals', value: m[5]! });
  }
  return conditions;
}

function indicatorText(ind: Indicator): string {
  return `(${ind.conditions.map((c) => `(${conditionText(c)})`).join(' + ')}) >= ${ind.atLeast}`;
}

function parseIndicator(name: string, label: string, text: string): Indicator | null {
  const m = /^\s*\((.*)\)\s*>=\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const conditions = m[1]!.split(/\s\+\s/).map((part) => parseConditions(part));
  if (conditions.some((c) => c === null || c.length !== 1)) return null;
  return { name, label, conditions: conditions.map((c) => c![0]!), atLeast: Number(m[2]) };
}

/** Our definition as XLSForm rows. */
export function toXlsForm(definition: SurveyDefinition): XlsForm {
  const survey: SurveyRow[] = [];
  const choices: ChoiceRow[] = [];
  const addList = (list: string, items: Choice[]) => {
    if (!choices.some((c) => c.list_name === list)) choices.push(...items.map((c) => ({ list_name: list, name: c.name, label: c.label })));
  };
  definition.sections.forEach((section, s) => {
    survey.push({ ...emptyRow, type: 'begin_group', name: `section_${s + 1}`, label: section.title || `${s + 1}` });
    for (const q of section.questions) {
      const row: SurveyRow = { ...emptyRow, name: q.name, label: q.label, hint: q.hint, required: q.required ? 'yes' : '', relevant: q.showIf.map(conditionText).join(' and ') };
      switch (q.kind) {
        case 'single':
        case 'multiple':
          addList(q.name, q.choices);
          survey.push({ ...row, type: `${q.kind === 'single' ? 'select_one' : 'select_multiple'} ${q.name}${q.allowOther ? ' or_other' : ''}` });
          break;
        case 'yesno':
          addList('yes_no', yesNo);
          survey.push({ ...row, type: 'select_one yes_no' });
          break;
        case 'scale':
          survey.push({ ...row, type: 'range', parameters: `start=1 end=${q.points} step=1`, appearance: [q.lowLabel, q.highLabel].some(Boolean) ? `labels:${q.lowLabel}|${q.highLabel}` : '' });
          break;
        case 'number': {
          const bounds = [q.min !== null ? `. >= ${q.min}` : '', q.max !== null ? `. <= ${q.max}` : ''].filter(Boolean).join(' and ');
          survey.push({ ...row, type: q.integer ? 'integer' : 'decimal', constraint: bounds, unit: q.unit });
          break;
        }
        case 'date':
          survey.push({ ...row, type: 'date' });
          break;
        case 'text':
          survey.push({ ...row, type: 'text', appearance: q.long ? 'multiline' : '' });
          break;
        case 'district':
          survey.push({ ...row, type: 'text', appearance: 'district' });
          break;
        case 'matrix':
          addList(`${q.name}_scale`, q.scale);
          survey.push({ ...row, type: 'begin_group', appearance: 'table-list' });
          for (const item of q.items) survey.push({ ...emptyRow, type: `select_one ${q.name}_scale`, name: `${q.name}__${item.name}`, label: item.label, required: q.required ? 'yes' : '' });
          survey.push({ ...emptyRow, type: 'end_group' });
          break;
      }
    }
    survey.push({ ...emptyRow, type: 'end_group' });
  });
  for (const ind of definition.indicators) survey.push({ ...emptyRow, type: 'calculate', name: ind.name, label: ind.label, calculation: indicatorText(ind) });
  return { survey, choices };
}

type Read = { definition: SurveyDefinition; problems: DefinitionProblem[] };

/**
 * Reads XLSForm rows into our definition. Rows of types we do not hold (note,
 * geopoint, repeat …) and expressions beyond plain comparisons are reported by
 * row number, so the person knows what did not come in.
 */
export function fromXlsForm(form: XlsForm): Read {
  const problems: DefinitionProblem[] = [];
  const lists = new Map<string, Choice[]>();
  for (const c of form.choices) {
    if (!c.list_name || !c.name) continue;
    lists.set(c.list_name, [...(lists.get(c.list_name) ?? []), { name: c.name, label: c.label || c.name }]);
  }
  const sections: SurveyDefinition['sections'] = [];
  const indicators: Indicator[] = [];
  let current: SurveyDefinition['sections'][number] | null = null;
  const section = () => (current ??= (sections.push({ title: '', questions: [] }), sections.at(-1)!));
  const rows = form.survey;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const at = `survey.${i + 2}`;
    const [type = '', list = '', other = ''] = row.type.trim().split(/\s+/);
    const showIf = parseConditions(row.relevant);
    if (showIf === null) problems.push({ path: at, message: 'surveys.relevantUnreadable', params: { row: i + 2 } });
    const base = { name: row.name, label: row.label || row.name, hint: row.hint, required: /^(yes|true|1)$/i.test(row.required.trim()), showIf: showIf ?? [] };
    if (type === '') continue;
    if ((type === 'begin_group' || type === 'begin group') && row.appearance.includes('table-list')) {
      const items: Choice[] = [];
      let scaleList = '';
      for (i++; i < rows.length && !/^end[_ ]group$/.test(rows[i]!.type.trim()); i++) {
        const [childType, childList = ''] = rows[i]!.type.trim().split(/\s+/);
        if (childType !== 'select_one' || (scaleList && childList !== scaleList)) problems.push({ path: `survey.${i + 2}`, message: 'surveys.matrixRowUnreadable', params: { row: i + 2 } });
        scaleList ||= childList;
        items.push({ name: rows[i]!.name.replace(`${row.name}__`, ''), label: rows[i]!.label || rows[i]!.name });
      }
      section().questions.push({ ...base, kind: 'matrix', items, scale: lists.get(scaleList) ?? [] });
      continue;
    }
    if (type === 'begin_group' || type === 'begin group') {
      sections.push({ title: row.label, questions: [] });
      current = sections.at(-1)!;
      continue;
    }
    if (/^end[_ ]group$/.test(row.type.trim())) {
      current = null;
      continue;
    }
    if (type === 'select_one' || type === 'select_multiple') {
      const choices = lists.get(list) ?? [];
      const isYesNo = type === 'select_one' && choices.length === 2 && choices[0]!.name === 'yes' && choices[1]!.name === 'no';
      if (isYesNo) section().questions.push({ ...base, kind: 'yesno' });
      else section().questions.push({ ...base, kind: type === 'select_one' ? 'single' : 'multiple', choices, allowOther: other === 'or_other' });
    } else if (type === 'range') {
      const end = Number(/end=(\d+)/.exec(row.parameters)?.[1] ?? 5);
      const [low = '', high = ''] = row.appearance.startsWith('labels:') ? row.appearance.slice(7).split('|') : [];
      section().questions.push({ ...base, kind: 'scale', points: end, lowLabel: low, highLabel: high });
    } else if (type === 'integer' || type === 'decimal') {
      const min = /\.\s*>=\s*(-?[\d.]+)/.exec(row.constraint)?.[1];
      const max = /\.\s*<=\s*(-?[\d.]+)/.exec(row.constraint)?.[1];
      section().questions.push({ ...base, kind: 'number', unit: row.unit, min: min === undefined ? null : Number(min), max: max === undefined ? null : Number(max), integer: type === 'integer' });
    } else if (type === 'date') {
      section().questions.push({ ...base, kind: 'date' });
    } else if (type === 'text') {
      if (row.appearance.includes('district')) section().questions.push({ ...base, kind: 'district' });
      else section().questions.push({ ...base, kind: 'text', long: row.appearance.includes('multiline') });
    } else if (type === 'calculate') {
      const indicator = parseIndicator(row.name, row.label || row.name, row.calculation);
      if (indicator) indicators.push(indicator);
      else problems.push({ path: at, message: 'surveys.calculationUnreadable', params: { row: i + 2 } });
    } else {
      problems.push({ path: at, message: 'surveys.typeNotHeld', params: { row: i + 2, type } });
    }
  }
  return { definition: { sections: sections.filter((s) => s.questions.length > 0), indicators }, problems };
}

export type { Question };
