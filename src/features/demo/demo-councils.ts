// The demo's councils: a 第1層 council for the whole city and a 第2層 council
// for each of the four areas, with the newsletter's two meetings —
// 東光ボランティア交流会 (R元年度) and まちコン (R2年度) — held and recorded,
// and one meeting of this 年度 still to come. Names of people are fictional.
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { japanDateOf } from '../../platform/wareki/japan-time.ts';
import * as areasService from '../areas/service.ts';
import * as meetingsService from '../councils/meetings-service.ts';
import * as councilsService from '../councils/service.ts';
import type { MeetingInput } from '../councils/validation.ts';

type MemberSpec = { person: string; organisation: string; type: string; role: 'chair' | 'vice_chair' | 'member' | 'observer' | 'secretariat'; email?: string };

const termStart = '2019-04-01';

const commonMembers: MemberSpec[] = [
  { person: '', organisation: '社会福祉協議会', type: 'shakyo', role: 'secretariat' },
  { person: '', organisation: '地域包括支援センター', type: 'houkatsu', role: 'member' },
];

const councilSpecs: { area: string; name: string; kind: 'tier1' | 'tier2'; members: MemberSpec[] }[] = [
  {
    area: '市全域',
    name: '旭川市 第1層協議体',
    kind: 'tier1',
    members: [
      { person: '大西 正夫', organisation: '旭川市社会福祉協議会', type: 'shakyo', role: 'chair', email: 'onishi@example.jp' },
      { person: '川口 洋子', organisation: '旭川市 長寿社会課', type: 'government', role: 'member', email: 'kawaguchi@example.jp' },
      { person: '森田 修', organisation: '旭川市老人クラブ連合会', type: 'seniors_club', role: 'member' },
      { person: '', organisation: '旭川市ボランティアセンター', type: 'volunteer_group', role: 'observer' },
    ],
  },
  {
    area: 'A地域',
    name: 'A地域 第2層協議体（東光・豊岡）',
    kind: 'tier2',
    members: [
      { person: '北村 和子', organisation: '東光地区社会福祉協議会', type: 'district_shakyo', role: 'chair', email: 'kitamura@example.jp' },
      { person: '南 一郎', organisation: '東光地区民生委員児童委員協議会', type: 'minsei', role: 'vice_chair' },
      { person: '中川 恵', organisation: '地域包括支援センター東光', type: 'houkatsu', role: 'member', email: 'nakagawa@example.jp' },
      { person: '西田 進', organisation: '豊岡町内会', type: 'neighbourhood', role: 'member' },
      { person: '東 さとみ', organisation: '東光ボランティアの会', type: 'volunteer_group', role: 'member' },
    ],
  },
  { area: 'B地域', name: 'B地域 第2層協議体（永山・中央）', kind: 'tier2', members: [{ person: '永井 孝', organisation: '永山町内会', type: 'neighbourhood', role: 'chair' }, ...commonMembers.map((m) => ({ ...m, organisation: `B地域 ${m.organisation}` }))] },
  { area: 'C地域', name: 'C地域 第2層協議体（春光・末広）', kind: 'tier2', members: [{ person: '春日 理恵', organisation: '春光地区社会福祉協議会', type: 'district_shakyo', role: 'chair' }, ...commonMembers.map((m) => ({ ...m, organisation: `C地域 ${m.organisation}` }))] },
  { area: 'D地域', name: 'D地域 第2層協議体（神楽・神居）', kind: 'tier2', members: [{ person: '神田 勝', organisation: '神楽地区市民委員会', type: 'neighbourhood', role: 'chair' }, ...commonMembers.map((m) => ({ ...m, organisation: `D地域 ${m.organisation}` }))] },
];

function at(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+09:00`);
}

function meeting(title: string, day: string, from: string, to: string, place: string, agenda: string): MeetingInput {
  return { title, startsAt: at(day, from), endsAt: at(day, to), place, onlineUrl: '', eventId: null, agenda };
}

export async function seedDemoCouncils(ctx: ServiceContext): Promise<void> {
  const areas = await areasService.findAllAreas(ctx);
  const councilIds = new Map<string, string>();
  for (const spec of councilSpecs) {
    const area = areas.find((a) => a.name === spec.area)!;
    const council = await councilsService.createCouncil(ctx, {
      name: spec.name,
      kindId: `code:${spec.kind}`,
      areaId: area.id,
      tiers: [],
      secretariat: '旭川市社会福祉協議会 地域福祉課',
      description: spec.kind === 'tier1' ? '市全域の生活支援・介護予防の体制づくりを話し合います。' : '地域の困りごとと支え合いの活動を持ち寄り、足りないものを一緒に考えます。',
      meetingsPublic: true,
      minutesPublic: true,
    });
    councilIds.set(spec.area, council.id);
    for (const m of spec.members) {
      await councilsService.addMember(ctx, council.id, { personName: m.person, organisationName: m.organisation, memberTypeId: `code:${m.type}`, role: m.role, email: m.email ?? '', fax: '', termStart, termEnd: null });
    }
  }

  const areaA = councilIds.get('A地域')!;
  const exchange = await meetingsService.scheduleMeeting(
    ctx,
    areaA,
    meeting('東光ボランティア交流会', '2019-11-20', '13:30', '15:30', '東光地区センター', '開会（5分）\n活動紹介（40分）\n  ・東光ボランティアの会\n  ・豊岡町内会 見守り隊\nグループ交流「活動の悩みと喜び」（60分）\n閉会（5分）'),
  );
  await closeWithRecord(ctx, exchange.id, {
    otherParticipants: 28,
    observers: 0,
    organisationsPresent: '地域包括支援センター東光、旭川市ボランティアセンター',
    minutes: '委員：活動の担い手が高齢になり、続けられるか不安という声があった。\n委員：コロナ前は月1回のサロンに20人ほど集まっていた。\n事務局：活動の様子をガイドブックで紹介していく。',
    decisions: '次年度は介護事業所も交えて交流の場を広げる。',
  });
  const matchmaking = await meetingsService.scheduleMeeting(
    ctx,
    areaA,
    meeting('まちコン～住民と専門職の出会いの場～', '2020-10-15', '14:00', '16:00', '東光地区センター', '開会（5分）\n施設紹介（30分）\n出会いのテーブル（70分）\n閉会（5分）'),
  );
  await closeWithRecord(ctx, matchmaking.id, {
    otherParticipants: 35,
    observers: 2,
    organisationsPresent: '介護保険サービス事業所 6か所、東光ボランティアの会',
    minutes: '委員：施設の送迎車が日中空いている時間があると分かった。\n委員：移動手段がなく通いの場に行けない高齢者が多い。\n事務局：送迎と通いの場を組み合わせられないか検討する。',
    decisions: '送迎付きの通いの場について、施設・温泉施設と協議を始める。',
    actionItem: '温泉施設にバスの空き時間を問い合わせる',
    dueInDays: 30,
    done: true,
  });
  const held = await meetingsService.scheduleMeeting(
    ctx,
    areaA,
    meeting('', japanDateOf(new Date(ctx.now.getTime() - 30 * 24 * 60 * 60_000)), '13:30', '15:00', '東光地区センター', '報告（20分）\n協議「冬の除雪の担い手」（60分）'),
  );
  await closeWithRecord(ctx, held.id, {
    otherParticipants: 4,
    observers: 1,
    organisationsPresent: '東光町内会、地域包括支援センター東光',
    minutes: '委員：除雪ボランティアの登録が昨年より少ない。\n事務局：養成講座の周知を町内会の回覧で行う。',
    decisions: '除雪ボランティア養成講座を12月に開く。',
    actionItem: '除雪ボランティア養成講座の回覧文を町内会に届ける',
    dueInDays: 44,
  });
  const upcoming = new Date(ctx.now.getTime() + 14 * 24 * 60 * 60_000);
  await meetingsService.scheduleMeeting(ctx, areaA, meeting('', japanDateOf(upcoming), '13:30', '15:00', '東光地区センター 2階', '報告（20分）\n  ・送迎付き通いの場の利用状況\n協議「冬の外出をどう支えるか」（60分）'));
  await meetingsService.scheduleMeeting(ctx, councilIds.get('市全域')!, meeting('', japanDateOf(new Date(upcoming.getTime() + 7 * 24 * 60 * 60_000)), '10:00', '12:00', '旭川市役所 総合庁舎', '第2層協議体からの報告（40分）\n協議（60分）'));
}

async function closeWithRecord(ctx: ServiceContext, meetingId: string, record: { otherParticipants: number; observers: number; organisationsPresent: string; minutes: string; decisions: string; actionItem?: string; dueInDays?: number; done?: boolean }) {
  const { meeting: row, members } = await meetingsService.getMeeting(ctx, meetingId);
  const owners = await meetingsService.ownerCandidates(ctx);
  const owner = owners.find((o) => o.displayName === '山田 花子') ?? owners[0]!;
  await meetingsService.closeMeeting(ctx, meetingId, {
    version: row.version,
    otherParticipants: record.otherParticipants,
    observers: record.observers,
    organisationsPresent: record.organisationsPresent,
    minutes: record.minutes,
    decisions: record.decisions,
    attendance: members.map((m, i) => ({ memberId: m.id, status: i === 3 ? 'absent' : 'present', proxyName: '' })),
    actionItems: record.actionItem ? [{ title: record.actionItem, ownerId: owner.id, dueOn: japanDateOf(new Date(row.startsAt.getTime() + (record.dueInDays ?? 30) * 24 * 60 * 60_000)) }] : [],
    agendaNotes: {},
  });
  if (record.done) {
    const { actionItems } = await meetingsService.getMeeting(ctx, meetingId);
    for (const item of actionItems) await meetingsService.setActionItemDone(ctx, item.id, true);
  }
}
