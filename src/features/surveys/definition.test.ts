import { describe, expect, it } from 'vitest';
import { changesMeaning, checkDefinition, indicatorHolds, surveyDefinition, visibleQuestions, type SurveyDefinition } from './definition.ts';
import { fromXlsForm, parseConditions, toXlsForm } from './xlsform.ts';
import { readXlsFormWorkbook, writeXlsFormWorkbook } from './xlsform-workbook.ts';

// The seed's hearing, shortened: who answered, whether exchange decreased, what was heard.
const hearing: SurveyDefinition = surveyDefinition.parse({
  sections: [
    {
      title: '回答者',
      questions: [
        { kind: 'single', name: 'respondent_type', label: '回答者の種別', required: true, choices: [{ name: 'professional', label: '専門職' }, { name: 'group', label: '活動団体' }] },
        { kind: 'district', name: 'district', label: '主な活動の圏域' },
      ],
    },
    {
      title: 'コロナ禍の変化',
      questions: [
        { kind: 'yesno', name: 'less_exchange', label: '交流の機会は減りましたか', required: true },
        { kind: 'multiple', name: 'lost', label: '減ったもの', choices: [{ name: 'salon', label: 'サロン' }, { name: 'visits', label: '訪問' }, { name: 'events', label: '行事' }], allowOther: true, showIf: [{ question: 'less_exchange', operator: 'equals', value: 'yes' }] },
        { kind: 'text', name: 'lost_note', label: '具体的に', long: true, showIf: [{ question: 'lost', operator: 'includes', value: 'salon' }] },
        { kind: 'scale', name: 'worry', label: '心配の大きさ', points: 5, lowLabel: '小さい', highLabel: '大きい' },
        { kind: 'number', name: 'members', label: '会員数', unit: '人', min: 0, max: 5000 },
        { kind: 'date', name: 'heard_on', label: '聞き取り日' },
        { kind: 'matrix', name: 'outing', label: '外出の頻度', items: [{ name: 'shopping', label: '買い物' }, { name: 'clinic', label: '通院' }], scale: [{ name: 'weekly', label: '週1回以上' }, { name: 'monthly', label: '月1回' }, { name: 'never', label: 'しない' }] },
      ],
    },
  ],
  indicators: [{ name: 'isolation_risk', label: '閉じこもりの心配', atLeast: 2, conditions: [{ question: 'less_exchange', operator: 'equals', value: 'yes' }, { question: 'lost', operator: 'includes', value: 'salon' }, { question: 'worry', operator: 'equals', value: '5' }] }],
});

describe('a survey definition', () => {
  it('accepts the hearing as written', () => {
    expect(checkDefinition(hearing)).toEqual([]);
  });

  it('refuses skip logic that points at a later question or at itself, and duplicate names', () => {
    const broken = structuredClone(hearing);
    broken.sections[0]!.questions[0]!.showIf = [{ question: 'less_exchange', operator: 'equals', value: 'yes' }];
    broken.sections[0]!.questions[1]!.showIf = [{ question: 'district', operator: 'equals', value: 'x' }];
    broken.sections[1]!.questions[1]!.name = 'less_exchange';
    const messages = checkDefinition(broken).map((p) => p.message);
    expect(messages).toContain('surveys.showIfLater');
    expect(messages).toContain('surveys.showIfSelf');
    expect(messages).toContain('surveys.nameTaken');
  });

  it('refuses a condition on a choice the question does not have, and an indicator that can never hold', () => {
    const broken = structuredClone(hearing);
    broken.sections[1]!.questions[1]!.showIf = [{ question: 'less_exchange', operator: 'equals', value: 'maybe' }];
    broken.indicators[0]!.atLeast = 4;
    const messages = checkDefinition(broken).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining(['surveys.conditionValueUnknown', 'surveys.indicatorUnreachable']));
  });

  it('asks only what the answers so far call for, hiding what depends on a hidden question', () => {
    const names = (answers: Record<string, string | string[]>) => visibleQuestions(hearing, answers).map((q) => q.name);
    expect(names({ less_exchange: 'no' })).not.toContain('lost');
    expect(names({ less_exchange: 'no', lost: ['salon'] })).not.toContain('lost_note');
    expect(names({ less_exchange: 'yes', lost: ['salon'] })).toEqual(expect.arrayContaining(['lost', 'lost_note']));
  });

  it('computes an indicator from several answers', () => {
    expect(indicatorHolds(hearing.indicators[0]!, { less_exchange: 'yes', lost: ['visits'], worry: '5' })).toBe(true);
    expect(indicatorHolds(hearing.indicators[0]!, { less_exchange: 'yes', lost: ['visits'], worry: '3' })).toBe(false);
  });

  it('tells a change of meaning (new version) from a harmless one', () => {
    const hinted = structuredClone(hearing);
    hinted.sections[0]!.questions[0]!.hint = '電話で確認';
    hinted.sections[1]!.questions.push({ kind: 'text', name: 'extra', label: '追加', hint: '', required: false, showIf: [], long: false });
    expect(changesMeaning(hearing, hinted)).toBe(false);
    const reworded = structuredClone(hearing);
    reworded.sections[1]!.questions[0]!.label = '交流の機会は増えましたか';
    expect(changesMeaning(hearing, reworded)).toBe(true);
  });
});

describe('the XLSForm-style workbook', () => {
  it('goes out and comes back as the same survey', async () => {
    const bytes = await writeXlsFormWorkbook(toXlsForm(hearing));
    const form = await readXlsFormWorkbook(bytes);
    const { definition, problems } = fromXlsForm(form!);
    expect(problems).toEqual([]);
    expect(definition).toEqual(hearing);
  });

  it('reads a form made elsewhere and reports the rows it cannot hold', () => {
    const { definition, problems } = fromXlsForm({
      survey: [
        { type: 'select_one yn', name: 'q1', label: '外出していますか', hint: '', required: 'yes', relevant: '', appearance: '', constraint: '', calculation: '', parameters: '', unit: '' },
        { type: 'geopoint', name: 'where', label: '場所', hint: '', required: '', relevant: '', appearance: '', constraint: '', calculation: '', parameters: '', unit: '' },
        { type: 'text', name: 'q2', label: '理由', hint: '', required: '', relevant: "${q1} = 'n' or ${q1} = 'x'", appearance: '', constraint: '', calculation: '', parameters: '', unit: '' },
      ],
      choices: [
        { list_name: 'yn', name: 'y', label: 'はい' },
        { list_name: 'yn', name: 'n', label: 'いいえ' },
      ],
    });
    expect(definition.sections[0]!.questions.map((q) => [q.name, q.kind, q.required])).toEqual([
      ['q1', 'single', true],
      ['q2', 'text', false],
    ]);
    expect(problems.map((p) => [p.message, p.params?.row])).toEqual([
      ['surveys.typeNotHeld', 3],
      ['surveys.relevantUnreadable', 4],
    ]);
  });

  it('reads relevant expressions of plain comparisons', () => {
    expect(parseConditions("${a} = 'yes' and selected(${b}, 'salon') and ${c} != '1'")).toEqual([
      { question: 'a', operator: 'equals', value: 'yes' },
      { question: 'b', operator: 'includes', value: 'salon' },
      { question: 'c', operator: 'notEquals', value: '1' },
    ]);
    expect(parseConditions('${a} > 3')).toBeNull();
  });
});
