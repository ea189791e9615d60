// The seed newsletter's hearing 「コロナ禍における高齢者ニーズ」 (令和3年5月28日〜6月10日,
// by phone and a few visits, 49 機関), with invented names of the seed's types,
// answered so that the results show what the newsletter printed: 交流の機会が
// 減少したという声がとても多くありました. One result is raised as a 地域課題.
import { randomToken } from '../../platform/auth/tokens.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import * as areasService from '../areas/service.ts';
import * as issuesService from '../local-issues/service.ts';
import * as surveysService from '../surveys/service.ts';
import type { RespondentType } from '../surveys/vocabulary.ts';

const places = ['東光', '豊岡', '神楽', '永山', '春光', '末広', '新旭川', '北星', '緑が丘', '大成', '中央', '西神楽'];

/** 25 専門職 and 24 活動団体: 49 機関, as in the newsletter. */
const targetGroups: { type: RespondentType; count: number; name: (place: string) => string }[] = [
  { type: 'professional.houkatsu', count: 8, name: (p) => `${p}地域包括支援センター` },
  { type: 'professional.care_service', count: 12, name: (p) => `デイサービスセンター${p}` },
  { type: 'professional.disability', count: 5, name: (p) => `${p}障がい者相談支援センター` },
  { type: 'group.district_council', count: 8, name: (p) => `${p}地区社会福祉協議会` },
  { type: 'group.citizens_committee', count: 5, name: (p) => `${p}地区市民委員会` },
  { type: 'group.minsei', count: 5, name: (p) => `${p}地区民生委員児童委員協議会` },
  { type: 'group.seniors_club', count: 4, name: (p) => `${p}老人クラブ` },
  { type: 'group.volunteer', count: 2, name: (p) => `${p}ボランティアの会` },
];

const voices = ['サロンが休みになり、顔を合わせる機会がなくなった', '電話で話す人が増えたが、会えないのがさびしいという声', '体操教室がなくなって足腰が弱ったと感じる人が多い', '買い物の付き添いを頼まれることが増えた'];

// The answers of the i-th organisation that answered: most say exchange decreased.
function answersOf(i: number): [string, string][] {
  const changes = ['less_exchange', ...(i % 5 < 3 ? ['less_outings'] : []), ...(i % 5 === 1 ? ['weaker_body'] : []), ...(i % 7 === 2 ? ['lonely'] : []), ...(i % 9 === 4 ? ['shopping'] : [])];
  const fields: [string, string][] = (i % 11 === 10 ? ['none'] : changes).map((c) => ['q.changes', c]);
  fields.push(['q.exchange_level', String(i % 11 === 10 ? 3 : 1 + (i % 3 === 0 ? 1 : 0))]);
  fields.push(['q.activity_status', ['reduced', 'paused', 'reduced', 'as_before'][i % 4]!]);
  if (i % 4 !== 3) fields.push(['q.paused_reason', i % 2 ? '会場が使えなかった' : '参加者の感染が心配']);
  fields.push(['q.participants', i % 4 === 3 ? 'same' : 'decreased']);
  fields.push(['q.wants_support', i % 2 ? 'yes' : 'no']);
  if (i % 2) fields.push(['q.support_wanted', '再開の進め方の相談と、感染対策の備品']);
  if (i % 6 === 0) fields.push(['q.voices', voices[(i / 6) % voices.length]!]);
  return fields;
}

export async function seedDemoSurveys(ctx: ServiceContext): Promise<void> {
  const survey = await surveysService.createSurvey(ctx, {
    title: 'コロナ禍における高齢者ニーズ',
    purpose: 'コロナ禍により高齢者の生活及び高齢者等を支える地域活動がどのような影響を受けているのかについて実態を把握するため、ヒアリングを行う。',
    audience: 'organisations',
    areaId: '',
    startsOn: '2021-05-28',
    endsOn: '2021-06-10',
    methods: ['phone', 'visit'],
    template: 'hearing',
  });
  const targets = targetGroups.flatMap((g) => Array.from({ length: g.count }, (_, i) => ({ name: g.name(places[i % places.length]!), respondentType: g.type, phone: '', areaId: '' })));
  await surveysService.addTargets(ctx, survey.id, targets);
  const rows = await surveysService.findTargets(ctx, survey.id);
  let answeredCount = 0;
  for (const [i, target] of rows.entries()) {
    const outcome = i % 16 === 5 ? 'absent' : i % 24 === 11 ? 'declined' : 'answered';
    const method = i % 10 === 7 ? 'visit' : 'phone';
    const body: Record<string, string[]> = {};
    for (const [key, value] of outcome === 'answered' ? answersOf(answeredCount++) : []) (body[key] ??= []).push(value);
    await surveysService.saveStaffResponse(ctx, survey.id, target.id, { method, outcome, nextCallOn: outcome === 'absent' ? '2021-06-08' : null, submissionKey: randomToken(), draft: '' }, body);
  }

  const areas = (await areasService.findAllAreas(ctx)).filter((a) => a.tier === 2 && !a.archivedAt);
  await issuesService.createIssue(ctx, {
    title: '「交流の機会が減った」という声（コロナ禍における高齢者ニーズ）',
    description: `ヒアリング（${answeredCount}機関が回答）で、ほとんどの機関が「交流の機会が減った」と答えた。サロンや体操教室の休止で、顔を合わせる場がなくなっている。`,
    areaIds: areas.map((a) => a.id),
    helpTypeIds: [],
    source: 'needs_survey',
    sourceMeetingId: null,
    sourceSurveyId: survey.id,
    councilId: null,
    ownerId: null,
    status: 'discussing',
    progress: null,
    raisedOn: '2021-06-15',
    isPublic: false,
    confirmNoPersonalData: true,
  });
}
