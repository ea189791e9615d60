// The demo's register of local issues, from the conference notice's examples:
// 「交流の機会が減少した」 heard in the needs hearing of 49 organisations, 「移動手段
// がなく通いの場に行けない」 raised at まちコン and answered with a 送迎付き通いの場,
// 「転倒の不安で外出を控える」 answered with trained おでかけ付き添い volunteers.
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { japanToday } from '../../platform/context/service-context.ts';
import * as areasService from '../areas/service.ts';
import * as coordinatorActivitiesService from '../coordinator-activities/service.ts';
import * as eventsManagementService from '../events/management/service.ts';
import { createEventInput } from '../events/management/validation.ts';
import * as outcomesService from '../local-issues/outcomes/service.ts';
import * as issuesService from '../local-issues/service.ts';
import type { IssueInput, UpdateInput } from '../local-issues/validation.ts';
import * as resourcesService from '../resources/service.ts';
import { resourceInput } from '../resources/validation.ts';
import * as volunteersService from '../volunteers/service.ts';

/** The listing the demo's council developed: public, beside the directory's own demo listings. */
export const developedListingName = '送迎付き通いの場 とうこう ゆのみ会';

const day = 86_400_000;
const daysAgo = (ctx: ServiceContext, n: number) => japanToday(new Date(ctx.now.getTime() - n * day));

type Names = { areas: Map<string, string>; helpTypes: Map<string, string>; councils: Map<string, string>; meetings: Map<string, string> };

async function lookups(ctx: ServiceContext): Promise<Names> {
  const [areas, helpTypes, councils] = await Promise.all([areasService.findAllAreas(ctx), volunteersService.findHelpTypes(ctx), issuesService.findCouncils(ctx)]);
  const meetings = await issuesService.findMeetings(ctx);
  return {
    areas: new Map(areas.map((a) => [a.name, a.id])),
    helpTypes: new Map(helpTypes.map((h) => [h.code, h.id])),
    councils: new Map(councils.map((c) => [c.tiers.includes(1) ? 'tier1' : c.name.slice(0, 3), c.id])),
    meetings: new Map(meetings.map((m) => [m.title, m.id])),
  };
}

function issue(values: Partial<IssueInput> & Pick<IssueInput, 'title' | 'areaIds' | 'source' | 'raisedOn'>): IssueInput {
  return { description: '', helpTypeIds: [], sourceMeetingId: null, sourceSurveyId: null, councilId: null, ownerId: null, status: 'identified', progress: null, isPublic: true, confirmNoPersonalData: true, ...values };
}

async function record(ctx: ServiceContext, id: string, update: Omit<UpdateInput, 'version' | 'confirmNoPersonalData' | 'meetingId' | 'progress'> & { meetingId?: string | null; progress?: number | null }): Promise<void> {
  const { version } = await issuesService.getIssue(ctx, id);
  await issuesService.addUpdate(ctx, id, { meetingId: null, progress: null, ...update, confirmNoPersonalData: true, version });
}

async function transportIssue(ctx: ServiceContext, names: Names): Promise<void> {
  const areaA = names.areas.get('A地域')!;
  const created = await issuesService.createIssue(ctx, issue({
    title: '移動手段がなく通いの場に行けない',
    description: 'バスの本数が少なく、坂道も多いため、通いの場に行きたくても行けない高齢者が多い。まちコンで施設の送迎車が日中空いていることが分かった。',
    areaIds: [areaA], helpTypeIds: [names.helpTypes.get('transport')!, names.helpTypes.get('walk_companion')!],
    source: 'council_meeting', sourceMeetingId: names.meetings.get('まちコン～住民と専門職の出会いの場～') ?? null, councilId: names.councils.get('A地域') ?? null, raisedOn: '2020-10-15',
  }));
  await record(ctx, created.id, { happenedOn: '2020-12-10', status: 'discussing', body: '社会福祉法人と温泉施設に、送迎車・バスの空き時間を問い合わせた。' });
  const tier1 = names.councils.get('tier1');
  if (tier1 && created.councilId) {
    const raised = await issuesService.getIssue(ctx, created.id);
    await issuesService.raiseIssue(ctx, created.id, { councilId: tier1, happenedOn: '2021-02-01', meetingId: null, body: '送迎の費用や保険について、市全体での考え方を示してほしい。', version: raised.version });
    const waiting = await issuesService.getIssue(ctx, created.id);
    await issuesService.answerIssue(ctx, created.id, { councilId: null, happenedOn: '2021-03-15', meetingId: null, body: '送迎中の事故に備えるボランティア保険と、燃料費の補助制度を案内する。', version: waiting.version });
  }
  await record(ctx, created.id, { happenedOn: daysAgo(ctx, 60), status: 'working', body: '温泉施設のバスを使った送迎付きの通いの場を、月2回で試すことになった。' });
  const districts = await areasService.findDistricts(ctx, [areaA]);
  const { resource } = await resourcesService.createResource(ctx, resourceInput.parse({
    name: developedListingName, nameReading: 'そうげいつきかよいのば とうこう ゆのみかい',
    description: '月2回、温泉施設のバスでご自宅近くから送迎し、体操とおしゃべり、入浴を楽しむ通いの場です。地域の話し合い（まちコン）から生まれました。',
    costKind: 'yen', costYen: 500, costText: '入浴料', areaId: areaA, districtId: districts.find((d) => d.name === '東光')?.id ?? null, placeName: '東光の湯 休憩室', isPublished: true,
    schedule: { rules: [{ kind: 'monthly', weeksOfMonth: [1, 3], weekday: 3, startTime: '10:00', endTime: '14:00' }], season: null, note: '' },
  }));
  await outcomesService.addOutcome(ctx, created.id, { kind: 'listing_created', resourceId: resource.id, eventId: null, volunteerId: null, activityId: null, note: '温泉施設のバスで送迎', achievedOn: daysAgo(ctx, 20) });
  const { activities } = await coordinatorActivitiesService.findActivities(ctx, { type: 'development' });
  const talks = activities.find((a) => a.counterpart === '社会福祉法人あさひ福祉会');
  if (talks) await outcomesService.addOutcome(ctx, created.id, { kind: 'activity', resourceId: null, eventId: null, volunteerId: null, activityId: talks.id, note: '送迎車の活用を協議', achievedOn: talks.activityOn });
  await record(ctx, created.id, { happenedOn: daysAgo(ctx, 20), status: 'resolved', body: '「送迎付き通いの場 とうこう ゆのみ会」が始まり、初回は12人が参加した。' });
}

async function fallIssue(ctx: ServiceContext, names: Names): Promise<void> {
  const created = await issuesService.createIssue(ctx, issue({
    title: '転倒の不安で外出を控える',
    description: '冬道や段差で転ぶのが怖く、買い物や通院以外の外出を控える高齢者が増えている。付き添いがあれば出かけたいという声がある。',
    areaIds: [names.areas.get('A地域')!], helpTypeIds: [names.helpTypes.get('walk_companion')!], source: 'care_meeting', councilId: names.councils.get('A地域') ?? null, raisedOn: daysAgo(ctx, 150),
  }));
  await record(ctx, created.id, { happenedOn: daysAgo(ctx, 120), status: 'discussing', body: '第2層協議体で、付き添いボランティアの養成を話し合った。' });
  await eventsManagementService.createEventsInBulk(ctx, [{ status: 'closed', input: createEventInput.parse({
    title: 'おでかけ付き添いボランティア養成講座', kind: 'training', isVolunteerTraining: true, organiser: '旭川市第２層生活支援コーディネーター', description: '外出に不安のある高齢者に付き添うボランティアの養成講座です。転ばない歩き方の支え方を学びます。',
    targetAudience: '市内にお住まいの方', startsAt: `${daysAgo(ctx, 45)}T13:30`, endsAt: `${daysAgo(ctx, 45)}T15:30`, inPerson: true, venueName: '東光地区センター 大会議室', capacity: 20,
    applicationOpensAt: `${daysAgo(ctx, 80)}T09:00`, applicationClosesAt: `${daysAgo(ctx, 50)}T17:00`, contactName: '旭川市第２層生活支援コーディネーター', contactPhone: '0166-23-0742',
  }) }]);
  const training = (await eventsManagementService.findEventsForStaff(ctx, { when: 'past' })).find((e) => e.title === 'おでかけ付き添いボランティア養成講座')!;
  await outcomesService.addOutcome(ctx, created.id, { kind: 'training', resourceId: null, eventId: training.id, volunteerId: null, activityId: null, note: '14人が受講', achievedOn: daysAgo(ctx, 45) });
  for (const name of ['近藤 さくら', '佐藤 一郎']) {
    const volunteer = (await volunteersService.findVolunteers(ctx)).find((v) => v.name === name);
    if (volunteer) await outcomesService.addOutcome(ctx, created.id, { kind: 'volunteer', resourceId: null, eventId: null, volunteerId: volunteer.id, activityId: null, note: 'おでかけ付き添いを始めた', achievedOn: daysAgo(ctx, 30) });
  }
  await record(ctx, created.id, { happenedOn: daysAgo(ctx, 30), status: 'working', progress: 70, body: '講座の修了者のうち2人が、おでかけ付き添いの活動を始めた。' });
}

/** The register's demo issues, after the councils demo (they cite its councils and まちコン). */
export async function seedDemoLocalIssues(ctx: ServiceContext): Promise<void> {
  const names = await lookups(ctx);
  const contact = await issuesService.createIssue(ctx, issue({
    title: '交流の機会が減少した',
    description: '49団体への聞き取り（電話・訪問）で、感染症の流行以来、サロンや集まりが休止し、高齢者どうしが顔を合わせる機会が減ったという声が多く聞かれた。',
    areaIds: [names.areas.get('市全域')!], helpTypeIds: [names.helpTypes.get('conversation')!], source: 'needs_survey', councilId: names.councils.get('tier1') ?? null, raisedOn: daysAgo(ctx, 200),
  }));
  await record(ctx, contact.id, { happenedOn: daysAgo(ctx, 90), status: 'discussing', body: '第1層協議体で、再開したサロンの情報をガイドブックで紹介することを話し合った。' });
  await transportIssue(ctx, names);
  await fallIssue(ctx, names);
}
