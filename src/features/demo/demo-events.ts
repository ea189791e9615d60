// The demo tenant's events: the two from the seed documents with their real
// details, the volunteer trainings the newsletter counts (3 in 平成30年度, 9 in
// 令和元年度, 10 in 令和2年度) so the yearly figures come from data, and one
// small free training still open to apply to. Titles and venues of the past
// trainings are made up in the style of the newsletter.
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { createEventsInBulk, type SeedEvent } from '../events/management/service.ts';
import { createEventInput } from '../events/management/validation.ts';
import { nationalConference } from './demo-events-conference.ts';

const office = { contactName: '旭川市第２層生活支援コーディネーター 堀川・木戸場', contactPhone: '0166-23-0742', contactFax: '0166-23-0746', contactEmail: 'seikatsu-shien@asahikawa-shakyo.or.jp' };
const organiser = '旭川市第２層生活支援コーディネーター・旭川市社会福祉協議会ボランティアセンター';

const coronaTraining = {
  title: '令和３年度ボランティア研修「コロナ禍で光るささえ合い」',
  titleReading: 'れいわさんねんどぼらんてぃあけんしゅう ころなかでひかるささえあい',
  kind: 'training',
  isVolunteerTraining: true,
  organiser,
  description:
    'シニアがボランティアの担い手として活躍するきっかけづくりを目的に、平成３０年度から開催している研修です。コロナ禍によって暮らしやボランティア活動がどのように変化したかなどについてお話しいただきます。一人一人が「コロナ禍でできること」を見つけるヒントが得られる研修です。\n※新型コロナウイルス感染症の市中感染状況により急遽中止や延期となる場合がございます。',
  targetAudience: '市内にお住まいの方（シニアを対象とした研修ですが、興味のある方はどなたでもご参加いただけます）',
  startsAt: '2021-09-18T14:30',
  endsAt: '2021-09-18T16:00',
  inPerson: true,
  venueName: '旭川市大雪クリスタルホール 大会議室',
  venueAddress: '北海道旭川市神楽３条７丁目',
  capacity: 20,
  feeYen: 0,
  applicationOpensAt: '2021-06-01T09:00',
  applicationClosesAt: '2021-09-13T23:59',
  ...office,
  sessions: [
    {
      delivery: 'in_person',
      startsAt: '2021-09-18T14:30',
      endsAt: '2021-09-18T16:00',
      title: '講演と実践報告「コロナ禍で光るささえ合い」',
      description: 'コロナ禍によって暮らしやボランティア活動がどのように変化したかなどについてお話しいただきます。',
      speakers: [
        { role: '講師', name: '齋藤 建児', affiliation: '旭川大学保健福祉学部コミュニティ福祉学科 准教授' },
        { role: '実践報告者', name: '田中 誠康', affiliation: '新旭川・永山南地域包括支援センター センター長' },
        { role: '実践報告者', name: 'ボランティア活動者', affiliation: '' },
      ],
    },
  ],
};

type PastTraining = [date: string, from: string, to: string, title: string, venue: string, capacity: number];

// 平成30年度 3, 令和元年度 9, 令和2年度 10: the newsletter's 「計３講座」「計９講座」「計１０講座」.
const pastTrainings: PastTraining[] = [
  ['2018-10-20', '13:30', '15:30', '生活支援ボランティア養成講座「はじめてのボランティア」', '旭川市ときわ市民ホール 多目的室', 30],
  ['2018-12-08', '10:00', '12:00', '除雪ボランティア養成講座', '東光地区センター 大会議室', 20],
  ['2019-02-16', '13:30', '15:30', '傾聴ボランティア入門講座', '旭川市民活動交流センター CoCoDe', 25],
  ['2019-05-25', '13:30', '15:30', '生活支援ボランティア養成講座（A地域）', '豊岡地区センター 和室', 20],
  ['2019-06-15', '13:30', '15:30', '生活支援ボランティア養成講座（B地域）', '永山市民交流センター 会議室', 20],
  ['2019-07-13', '13:30', '15:30', '生活支援ボランティア養成講座（C地域）', '春光台公園センター 研修室', 20],
  ['2019-08-24', '13:30', '15:30', '生活支援ボランティア養成講座（D地域）', '神楽市民交流センター 会議室', 20],
  ['2019-09-21', '10:00', '12:00', '買い物同行ボランティア講座', '旭川市ときわ市民ホール 多目的室', 25],
  ['2019-10-19', '13:30', '15:30', '認知症サポーター養成講座とボランティア活動', '東旭川ふれあい会館', 30],
  ['2019-11-16', '13:30', '15:00', '囲碁・将棋の相手ボランティア交流会', '旭川市民活動交流センター CoCoDe', 20],
  ['2019-12-07', '10:00', '12:00', '冬の除雪ボランティア講習会', '末広地区センター 大会議室', 25],
  ['2020-02-15', '13:30', '15:30', '令和元年度ボランティア研修「地域でささえ合う」', '旭川市大雪クリスタルホール 大会議室', 40],
  ['2020-07-18', '13:30', '15:00', '感染対策をしながら続けるボランティア活動講座', '旭川市ときわ市民ホール 多目的室', 15],
  ['2020-08-22', '13:30', '15:00', '電話でつながる見守りボランティア講座', '旭川市民活動交流センター CoCoDe', 15],
  ['2020-09-12', '10:00', '11:30', '生活支援ボランティア養成講座（A地域）', '東光地区センター 大会議室', 12],
  ['2020-09-26', '10:00', '11:30', '生活支援ボランティア養成講座（B地域）', '永山市民交流センター 会議室', 12],
  ['2020-10-10', '10:00', '11:30', '生活支援ボランティア養成講座（C地域）', '春光台公園センター 研修室', 12],
  ['2020-10-24', '10:00', '11:30', '生活支援ボランティア養成講座（D地域）', '神楽市民交流センター 会議室', 12],
  ['2020-11-14', '13:30', '15:00', 'ペットの散歩支援ボランティア講座', '豊岡地区センター 和室', 10],
  ['2020-11-28', '13:30', '15:00', 'まちコン～住民と専門職の出会いの場～ 事前講座', '神居地区センター 会議室', 15],
  ['2020-12-12', '10:00', '11:30', '除雪ボランティア養成講座（感染対策版）', '末広地区センター 大会議室', 15],
  ['2021-02-20', '13:30', '15:00', '令和２年度ボランティア研修「コロナ禍のささえ合いを考える」', '旭川市大雪クリスタルホール 大会議室', 20],
];

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function pastTrainingInput([date, from, to, title, venue, capacity]: PastTraining) {
  return {
    title,
    kind: 'training',
    isVolunteerTraining: true,
    organiser,
    description: '高齢者支援の担い手となるボランティアの養成講座です。',
    targetAudience: '市内にお住まいの方',
    startsAt: `${date}T${from}`,
    endsAt: `${date}T${to}`,
    inPerson: true,
    venueName: venue,
    capacity,
    applicationOpensAt: `${shiftDays(date, -30)}T09:00`,
    applicationClosesAt: `${shiftDays(date, -5)}T17:00`,
    ...office,
  };
}

// Open to apply to whenever the demo is started (until mid-January 2027).
const upcomingTraining = {
  title: '冬の見守り・除雪ボランティア入門講座',
  titleReading: 'ふゆのみまもり・じょせつぼらんてぃあにゅうもんこうざ',
  kind: 'training',
  isVolunteerTraining: true,
  organiser,
  description: '冬の一人暮らしの高齢者の見守りと、玄関前の除雪ボランティアの始め方を学ぶ講座です。スコップの使い方や安全な雪はねのコツも実演します。',
  targetAudience: '市内にお住まいの方（どなたでも）',
  startsAt: '2027-01-23T13:30',
  endsAt: '2027-01-23T15:00',
  inPerson: true,
  venueName: '旭川市ときわ市民ホール 多目的室',
  venueAddress: '北海道旭川市５条通４丁目',
  capacity: 12,
  feeYen: 0,
  applicationOpensAt: '2026-11-01T09:00',
  applicationClosesAt: '2027-01-16T17:00',
  ...office,
  sessions: [
    { delivery: 'in_person', startsAt: '2027-01-23T13:30', endsAt: '2027-01-23T14:15', title: '冬の見守りのポイント', speakers: [{ role: '講師', name: '堀川 沙織', affiliation: '旭川市第２層生活支援コーディネーター' }] },
    { delivery: 'in_person', startsAt: '2027-01-23T14:15', endsAt: '2027-01-23T15:00', title: '安全な除雪のコツ（実演）', speakers: [{ role: '講師', name: '木戸場 ちひろ', affiliation: '旭川市第２層生活支援コーディネーター' }] },
  ],
};

/** Every demo event as typed input with the status it is seeded in. */
export function demoEvents(): { input: unknown; status: SeedEvent['status'] }[] {
  return [
    ...pastTrainings.map((t) => ({ input: pastTrainingInput(t), status: 'closed' as const })),
    { input: coronaTraining, status: 'published' },
    { input: nationalConference, status: 'published' },
    { input: upcomingTraining, status: 'published' },
  ];
}

/** Adds the demo events in one bulk insert (after the listings). */
export async function seedDemoEvents(ctx: ServiceContext): Promise<number> {
  const items = demoEvents().map(({ input, status }) => ({ input: createEventInput.parse(input), status }));
  return createEventsInBulk(ctx, items);
}
