// The demo tenant: 旭川市社会福祉協議会 with the areas and districts of its
// newsletter (「私たちが担当しています」). Coordinator names are fictional.

export const demoPassword = 'sasaeai-demo-2026';

export const demoTenant = {
  slug: 'asahikawa',
  name: '旭川市社会福祉協議会',
  nameReading: 'あさひかわししゃかいふくしきょうぎかい',
  officeName: '旭川市社会福祉協議会 生活支援コーディネーター',
  phone: '0166-23-0742',
  fax: '0166-23-0746',
  email: 'seikatsu-shien@asahikawa-shakyo.or.jp',
};

type DemoArea = {
  key: string;
  tier: 1 | 2;
  name: string;
  nameReading: string;
  description: string;
  // Name, reading, and an approximate centre (latitude, longitude) of where its people live.
  districts: [string, string, number, number][];
  coordinator: { name: string; nameReading: string; email: string };
};

export const demoAreas: DemoArea[] = [
  {
    key: 'city',
    tier: 1,
    name: '市全域',
    nameReading: 'しぜんいき',
    description: '旭川市全域を担当する第1層生活支援コーディネーターです。',
    districts: [],
    coordinator: { name: '佐々木 陽子', nameReading: 'ささき ようこ', email: 'sasaki@example.jp' },
  },
  {
    key: 'A',
    tier: 2,
    name: 'A地域',
    nameReading: 'えーちいき',
    description: '豊岡、東旭川・千代田、東光の3圏域です。',
    districts: [
      ['豊岡', 'とよおか', 43.762, 142.396],
      ['東旭川・千代田', 'ひがしあさひかわ・ちよだ', 43.785, 142.49],
      ['東光', 'とうこう', 43.75, 142.4],
    ],
    coordinator: { name: '山田 花子', nameReading: 'やまだ はなこ', email: 'yamada@example.jp' },
  },
  {
    key: 'B',
    tier: 2,
    name: 'B地域',
    nameReading: 'びーちいき',
    description: '中央、新旭川・永山南、永山の3圏域です。',
    districts: [
      ['中央', 'ちゅうおう', 43.768, 142.36],
      ['新旭川・永山南', 'しんあさひかわ・ながやまみなみ', 43.795, 142.395],
      ['永山', 'ながやま', 43.815, 142.44],
    ],
    coordinator: { name: '田村 健太', nameReading: 'たむら けんた', email: 'tamura@example.jp' },
  },
  {
    key: 'C',
    tier: 2,
    name: 'C地域',
    nameReading: 'しーちいき',
    description: '末広・東鷹栖、春光・春光台、北星・旭星の3圏域です。',
    districts: [
      ['末広・東鷹栖', 'すえひろ・ひがしたかす', 43.82, 142.345],
      ['春光・春光台', 'しゅんこう・しゅんこうだい', 43.805, 142.32],
      ['北星・旭星', 'ほくせい・きょくせい', 43.785, 142.34],
    ],
    coordinator: { name: '小林 誠', nameReading: 'こばやし まこと', email: 'kobayashi@example.jp' },
  },
  {
    key: 'D',
    tier: 2,
    name: 'D地域',
    nameReading: 'でぃーちいき',
    description: '神居・江丹別、神楽・西神楽の2圏域です。',
    districts: [
      ['神居・江丹別', 'かむい・えたんべつ', 43.75, 142.32],
      ['神楽・西神楽', 'かぐら・にしかぐら', 43.73, 142.37],
    ],
    coordinator: { name: '石井 美咲', nameReading: 'いしい みさき', email: 'ishii@example.jp' },
  },
];

/** The three demo accounts; the A地域 coordinator signs in as yamada. */
export const demoUsers = [
  { email: 'admin@example.jp', displayName: '管理者 太郎', nameReading: 'かんりしゃ たろう', role: 'admin' as const },
  { email: 'yamada@example.jp', displayName: '山田 花子', nameReading: 'やまだ はなこ', role: 'coordinator' as const, coordinatorOf: 'A' },
  { email: 'staff@example.jp', displayName: '職員 次郎', nameReading: 'しょくいん じろう', role: 'staff' as const },
];

// 生活支援体制整備事業 began in Asahikawa in 平成30年度.
export const demoAssignmentsStartOn = '2018-04-01';

const numbered = (prefix: string, last: number, suffix = '条') => Array.from({ length: last }, (_, i) => `${prefix}${i + 1}${suffix}`);

/** The 町名 of each demo 圏域, as addresses write them, so 「お住まいの町名で探す」 answers (a sample, not the full list). */
export const demoTowns: Record<string, string[]> = {
  豊岡: numbered('豊岡', 16),
  '東旭川・千代田': ['東旭川町', ...numbered('東旭川北', 3), ...numbered('東旭川南', 2), '千代田'],
  東光: numbered('東光', 27),
  中央: [...numbered('', 8, '条通'), '宮下通', '常盤通', '本町'],
  '新旭川・永山南': ['新星町', ...numbered('東', 8)],
  永山: [...numbered('永山', 14), '永山町'],
  '末広・東鷹栖': [...numbered('末広', 8), ...numbered('末広東', 3), '東鷹栖'],
  '春光・春光台': [...numbered('春光', 7), ...numbered('春光台', 5)],
  '北星・旭星': ['北星町', '旭町1条', '旭町2条'],
  '神居・江丹別': [...numbered('神居', 9), '神居町', '江丹別町'],
  '神楽・西神楽': [...numbered('神楽', 7), ...numbered('神楽岡', 15), '西神楽'],
};
