// The questions a new survey may start from: the seed newsletter's hearing
// (「コロナ禍における高齢者ニーズ」, by phone to 49 機関) and a short 圏域 needs
// questionnaire in the style of the 介護予防・日常生活圏域ニーズ調査.
import type { SurveyDefinition } from './definition.ts';
import type { SurveyTemplate } from './vocabulary.ts';

const change = [
  { name: 'decreased', label: '減った' },
  { name: 'same', label: '変わらない' },
  { name: 'increased', label: '増えた' },
];

const hearing: SurveyDefinition = {
  sections: [
    {
      title: '高齢者の暮らしの変化',
      questions: [
        {
          kind: 'multiple', name: 'changes', label: 'コロナ禍で、高齢者の暮らしにどのような変化が見られますか（いくつでも）', hint: '', required: true, showIf: [], allowOther: true,
          choices: [
            { name: 'less_exchange', label: '交流の機会が減った' },
            { name: 'less_outings', label: '外出が減った' },
            { name: 'weaker_body', label: '体力・筋力が落ちた' },
            { name: 'lonely', label: '孤立・孤独を感じる人が増えた' },
            { name: 'shopping', label: '買い物に困る人が増えた' },
            { name: 'none', label: '特に変化はない' },
          ],
        },
        { kind: 'scale', name: 'exchange_level', label: '高齢者同士の交流の機会は、コロナ禍の前と比べてどうですか', hint: '1 とても減った 〜 5 増えた', required: true, showIf: [], points: 5, lowLabel: 'とても減った', highLabel: '増えた' },
        { kind: 'text', name: 'voices', label: '聞かれた声があれば教えてください', hint: '', required: false, showIf: [], long: true },
      ],
    },
    {
      title: '地域活動への影響',
      questions: [
        { kind: 'single', name: 'activity_status', label: '団体・事業所の地域活動は今どうなっていますか', hint: '', required: true, showIf: [], allowOther: false, choices: [{ name: 'as_before', label: '以前どおり続けている' }, { name: 'reduced', label: '回数や人数を減らして続けている' }, { name: 'paused', label: '休止している' }, { name: 'ended', label: 'やめた' }] },
        { kind: 'text', name: 'paused_reason', label: '休止・縮小の理由', hint: '', required: false, showIf: [{ question: 'activity_status', operator: 'notEquals', value: 'as_before' }], long: false },
        { kind: 'single', name: 'participants', label: '参加者・利用者の数は', hint: '', required: false, showIf: [], allowOther: false, choices: change },
        { kind: 'yesno', name: 'wants_support', label: '再開や継続のために社協の支援を希望しますか', hint: '', required: true, showIf: [] },
        { kind: 'text', name: 'support_wanted', label: '希望する支援', hint: '', required: false, showIf: [{ question: 'wants_support', operator: 'equals', value: 'yes' }], long: true },
      ],
    },
  ],
  indicators: [],
};

const areaNeeds: SurveyDefinition = {
  sections: [
    {
      title: 'あなたのこと',
      questions: [
        { kind: 'district', name: 'district', label: 'お住まいの地域', hint: '', required: true, showIf: [] },
        { kind: 'number', name: 'age', label: '年齢', hint: '', required: false, showIf: [], unit: '歳', min: 40, max: 120, integer: true },
      ],
    },
    {
      title: '外出と暮らし',
      questions: [
        { kind: 'single', name: 'outings', label: '週に1回以上は外出していますか', hint: '', required: true, showIf: [], allowOther: false, choices: [{ name: 'none', label: 'ほとんど外出しない' }, { name: 'weekly', label: '週1回' }, { name: 'often', label: '週2〜4回' }, { name: 'daily', label: '週5回以上' }] },
        { kind: 'yesno', name: 'fewer_outings', label: '昨年と比べて外出の回数が減っていますか', hint: '', required: true, showIf: [] },
        { kind: 'yesno', name: 'fall_fear', label: '転倒に対する不安は大きいですか', hint: '', required: true, showIf: [] },
        { kind: 'yesno', name: 'fell', label: '過去1年間に転んだ経験がありますか', hint: '', required: true, showIf: [] },
        {
          kind: 'multiple', name: 'help_wanted', label: '手伝ってほしいこと（いくつでも）', hint: '', required: false, showIf: [], allowOther: true,
          choices: [{ name: 'snow', label: '除雪' }, { name: 'garbage', label: 'ゴミ出し' }, { name: 'shopping', label: '買い物' }, { name: 'transport', label: '通院・外出の送迎' }, { name: 'talk', label: '話し相手' }],
        },
        {
          kind: 'multiple', name: 'help_given', label: 'あなたができること（いくつでも）', hint: '', required: false, showIf: [], allowOther: true,
          choices: [{ name: 'snow', label: '除雪' }, { name: 'garbage', label: 'ゴミ出し' }, { name: 'watching', label: '見守り・声かけ' }, { name: 'talk', label: '話し相手' }, { name: 'none', label: '特にない' }],
        },
        {
          kind: 'matrix', name: 'places', label: '次の場所にどのくらい参加していますか', hint: '', required: false, showIf: [],
          items: [{ name: 'salon', label: 'サロン・通いの場' }, { name: 'exercise', label: '体操・運動の集まり' }, { name: 'hobby', label: '趣味の会' }],
          scale: [{ name: 'never', label: '参加していない' }, { name: 'monthly', label: '月1〜3回' }, { name: 'weekly', label: '週1回以上' }],
        },
      ],
    },
  ],
  indicators: [
    { name: 'risk_housebound', label: '閉じこもり傾向', conditions: [{ question: 'outings', operator: 'equals', value: 'none' }, { question: 'fewer_outings', operator: 'equals', value: 'yes' }], atLeast: 1 },
    { name: 'risk_fall', label: '転倒リスク', conditions: [{ question: 'fall_fear', operator: 'equals', value: 'yes' }, { question: 'fell', operator: 'equals', value: 'yes' }], atLeast: 1 },
  ],
};

const blank: SurveyDefinition = {
  sections: [{ title: '', questions: [{ kind: 'text', name: 'opinion', label: 'ご意見', hint: '', required: false, showIf: [], long: true }] }],
  indicators: [],
};

export const templateDefinitions: Record<SurveyTemplate, SurveyDefinition> = { hearing, area_needs: areaNeeds, blank };
