// Realistic, reproducible listings for the directory benchmarks: activity
// names and descriptions like a 社協's くらしの困りごとガイドブック, combined with
// 旭川 town names, group nicknames and providers so the texts vary. Pure data,
// no database: the loaders in ./database.ts and the CSV writer use it.
import type { ProviderType, ResourceAttribute, ResourceStatus } from '../../src/features/resources/vocabulary.ts';
import type { Schedule, ScheduleRule } from '../../src/features/resources/schedule.ts';

/** One listing as a coordinator would fill it in (names rather than ids). */
export type ListingSpec = {
  name: string;
  nameReading: string;
  description: string;
  providerName: string;
  providerType: ProviderType;
  categoryCodes: string[];
  target: string;
  costKind: 'free' | 'yen' | 'actual' | 'text';
  costYen: number | null;
  costText: string;
  schedule: Schedule;
  placeName: string;
  postalCode: string;
  address: string;
  building: string;
  latitude: number;
  longitude: number;
  /** A district of the demo tenant, or null for a 市全域 listing. */
  districtName: string | null;
  phone: string;
  fax: string;
  email: string;
  url: string;
  attributes: ResourceAttribute[];
  status: ResourceStatus;
  statusNotice: string;
  isPublished: boolean;
  confirmedOn: string | null;
  archived: boolean;
};

/** A small, fast, seeded PRNG (mulberry32) so every run loads the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function some<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

type Activity = {
  name: string;
  reading: string;
  categories: string[];
  descriptions: string[];
  /** visit: happens at the resident's home, so the place is an office. */
  visit?: boolean;
  winter?: boolean;
  providers: ProviderType[];
};

// Activity types from 社協 newsletters and 通いの場 lists.
const activities: Activity[] = [
  { name: 'ふれあいサロン', reading: 'ふれあいさろん', categories: ['salon'], providers: ['resident_group', 'shakyo'], descriptions: ['お茶を飲みながらおしゃべりや脳トレを楽しむ集まりです。', 'はじめての方も気軽にどうぞ。町内会館で開いています。'] },
  { name: 'いきいき体操', reading: 'いきいきたいそう', categories: ['health'], providers: ['resident_group', 'volunteer_group'], descriptions: ['椅子に座ってできる体操で、足腰をきたえます。', '介護予防に役立つ体操を、みんなで楽しく続けています。'] },
  { name: '百歳体操の会', reading: 'ひゃくさいたいそうのかい', categories: ['health'], providers: ['resident_group'], descriptions: ['おもりを使ったいきいき百歳体操を週に一度行っています。', '体操のあとはお茶の時間があります。'] },
  { name: '囲碁クラブ', reading: 'いごくらぶ', categories: ['hobby'], providers: ['resident_group', 'volunteer_group'], descriptions: ['囲碁の好きな方が集まって対局を楽しんでいます。', '初心者には囲碁のルールからお教えします。将棋盤もあります。'] },
  { name: '将棋の会', reading: 'しょうぎのかい', categories: ['hobby'], providers: ['resident_group'], descriptions: ['将棋を指しながら交流する会です。', '詰将棋の勉強会もあります。'] },
  { name: '配食サービス', reading: 'はいしょくさーびす', categories: ['meals', 'watching'], visit: true, providers: ['business', 'npo'], descriptions: ['手作りのお弁当をご自宅までお届けします。', 'お届けの際に声をおかけし、安否を確認します。'] },
  { name: '地域食堂', reading: 'ちいきしょくどう', categories: ['meals', 'salon'], providers: ['npo', 'resident_group'], descriptions: ['みんなで一緒に温かいごはんを食べる食堂です。', 'ひとり暮らしの方も、子どもも大人もどうぞ。'] },
  { name: '子ども食堂', reading: 'こどもしょくどう', categories: ['meals'], providers: ['npo', 'volunteer_group'], descriptions: ['子どもと地域の大人が一緒に食事をする食堂です。', '高齢の方のボランティアも歓迎します。'] },
  { name: '除雪ボランティア', reading: 'じょせつぼらんてぃあ', categories: ['snow'], visit: true, winter: true, providers: ['volunteer_group', 'shakyo'], descriptions: ['玄関先から道路までの除雪をお手伝いします。', '大雪の日は雪かきの順番が遅れることがあります。'] },
  { name: '雪かき隊', reading: 'ゆきかきたい', categories: ['snow'], visit: true, winter: true, providers: ['volunteer_group', 'resident_group'], descriptions: ['町内の有志が高齢者宅の雪かきをします。', '屋根の雪下ろしはお受けできません。'] },
  { name: '屋根の雪下ろし', reading: 'やねのゆきおろし', categories: ['snow'], visit: true, winter: true, providers: ['business'], descriptions: ['屋根に積もった雪を下ろします。見積もりは無料です。', '除雪機による間口の除雪もご相談ください。'] },
  { name: 'ゴミ出し支援', reading: 'ごみだししえん', categories: ['garbage'], visit: true, providers: ['volunteer_group', 'resident_group'], descriptions: ['ゴミステーションまでのゴミ出しをお手伝いします。', '分別のしかたもご説明します。'] },
  { name: '見守り訪問', reading: 'みまもりほうもん', categories: ['watching'], visit: true, providers: ['resident_group', 'shakyo'], descriptions: ['ひとり暮らしの高齢者宅を定期的に訪問し、見守りをしています。', '民生委員と協力して安否確認をします。'] },
  { name: '安否確認の電話', reading: 'あんぴかくにんのでんわ', categories: ['watching', 'consultation'], visit: true, providers: ['volunteer_group'], descriptions: ['毎朝お電話で安否確認をします。', 'お話し相手にもなります。'] },
  { name: '買い物支援', reading: 'かいものしえん', categories: ['shopping', 'outing'], visit: true, providers: ['volunteer_group', 'npo'], descriptions: ['スーパーへの買い物に付き添います。', '重い荷物の持ち帰りもお手伝いします。'] },
  { name: '買い物バス', reading: 'かいものばす', categories: ['shopping', 'outing'], providers: ['business', 'resident_group'], descriptions: ['町内会館からスーパーまで送迎バスを出しています。', '帰りも自宅近くまでお送りします。'] },
  { name: '移動販売', reading: 'いどうはんばい', categories: ['shopping'], providers: ['business'], descriptions: ['野菜やお肉、日用品を積んだ移動販売車が回ります。', '欲しい品物の注文もできます。'] },
  { name: '傾聴ボランティア', reading: 'けいちょうぼらんてぃあ', categories: ['consultation', 'watching'], visit: true, providers: ['volunteer_group'], descriptions: ['研修を受けたボランティアがゆっくりお話をうかがいます。', '話し相手がほしい方はお気軽にどうぞ。'] },
  { name: '手芸教室', reading: 'しゅげいきょうしつ', categories: ['hobby'], providers: ['resident_group', 'volunteer_group'], descriptions: ['編み物や刺し子など手芸を楽しむ教室です。', '材料は用意しています。'] },
  { name: 'カラオケ会', reading: 'からおけかい', categories: ['hobby', 'salon'], providers: ['resident_group'], descriptions: ['懐かしい歌をみんなで歌うカラオケの会です。', '歌わなくても聞くだけの参加もできます。'] },
  { name: '歌声喫茶', reading: 'うたごえきっさ', categories: ['salon', 'hobby'], providers: ['npo', 'resident_group'], descriptions: ['ピアノに合わせて童謡や唱歌を歌います。', 'コーヒーとお菓子付きです。'] },
  { name: '通院付き添い', reading: 'つういんつきそい', categories: ['outing'], visit: true, providers: ['npo', 'volunteer_group'], descriptions: ['病院への通院に付き添います。', '受付や会計のお手伝いもします。'] },
  { name: '家事お手伝い', reading: 'かじおてつだい', categories: ['housework'], visit: true, providers: ['npo', 'shakyo'], descriptions: ['掃除や洗濯、電球の交換などちょっとした家事をお手伝いします。', '利用料は協力会員への謝礼になります。'] },
  { name: '困りごとお助け隊', reading: 'こまりごとおたすけたい', categories: ['housework', 'garbage'], visit: true, providers: ['volunteer_group', 'resident_group'], descriptions: ['草取りや家具の移動、ゴミ出しなど、暮らしの困りごとをお手伝いします。', '30分単位でお受けします。'] },
  { name: '脳トレ教室', reading: 'のうとれきょうしつ', categories: ['health'], providers: ['care_provider', 'shakyo'], descriptions: ['計算や音読、パズルで頭の体操をします。', '認知症予防に取り組む教室です。'] },
  { name: '健康麻雀', reading: 'けんこうまーじゃん', categories: ['hobby', 'health'], providers: ['business', 'resident_group'], descriptions: ['賭けない、飲まない、吸わない健康麻雀です。', '初心者講習もあります。'] },
  { name: '男の料理教室', reading: 'おとこのりょうりきょうしつ', categories: ['meals', 'hobby'], providers: ['resident_group'], descriptions: ['包丁の持ち方から始める男性のための料理教室です。', '作った料理はみんなで食べます。'] },
  { name: '認知症カフェ', reading: 'にんちしょうかふぇ', categories: ['consultation', 'salon'], providers: ['care_provider', 'npo'], descriptions: ['認知症の方とご家族、地域の方がお茶を飲みながら交流します。', '専門職に相談もできます。'] },
  { name: '介護者のつどい', reading: 'かいごしゃのつどい', categories: ['consultation'], providers: ['shakyo', 'care_provider'], descriptions: ['介護をしている家族どうしで悩みを話し合う集まりです。'] },
  { name: 'ペットの散歩代行', reading: 'ぺっとのさんぽだいこう', categories: ['pet'], visit: true, providers: ['volunteer_group', 'business'], descriptions: ['入院中や体調の悪いときに、犬の散歩を代わりにします。', 'ペットの一時預かりもご相談ください。'] },
  { name: '園芸クラブ', reading: 'えんげいくらぶ', categories: ['hobby'], providers: ['resident_group'], descriptions: ['花壇の手入れや野菜づくりを楽しんでいます。'] },
  { name: '書道サークル', reading: 'しょどうさーくる', categories: ['hobby'], providers: ['resident_group'], descriptions: ['講師の指導で書道を楽しみます。', '筆や半紙は貸し出します。'] },
  { name: '健康ウォーキング', reading: 'けんこううぉーきんぐ', categories: ['health'], providers: ['resident_group', 'government'], descriptions: ['公園のまわりをみんなで歩きます。', '雨や雪の日は室内で体操をします。'] },
  { name: 'パークゴルフ同好会', reading: 'ぱーくごるふどうこうかい', categories: ['hobby', 'health'], providers: ['resident_group'], descriptions: ['河川敷のパークゴルフ場で楽しんでいます。', '冬期間はお休みです。'] },
  { name: '茶話会', reading: 'さわかい', categories: ['salon'], providers: ['resident_group'], descriptions: ['お茶とお菓子でおしゃべりする会です。'] },
  { name: '折り紙の会', reading: 'おりがみのかい', categories: ['hobby', 'salon'], providers: ['volunteer_group'], descriptions: ['季節の折り紙を作って飾ります。'] },
  { name: '転倒予防教室', reading: 'てんとうよぼうきょうしつ', categories: ['health'], providers: ['care_provider', 'government'], descriptions: ['理学療法士が転ばないための体操を指導します。'] },
  { name: '暮らしの相談会', reading: 'くらしのそうだんかい', categories: ['consultation'], providers: ['shakyo', 'government'], descriptions: ['生活支援コーディネーターが暮らしの困りごとをうかがいます。', '買い物や除雪の相談もどうぞ。'] },
  { name: '布ぞうり作り', reading: 'ぬのぞうりづくり', categories: ['hobby'], providers: ['volunteer_group'], descriptions: ['古布を使って布ぞうりを作ります。'] },
  { name: '草取りボランティア', reading: 'くさとりぼらんてぃあ', categories: ['housework'], visit: true, providers: ['volunteer_group'], descriptions: ['庭や家のまわりの草取りをお手伝いします。', '夏の間だけの活動です。'] },
];

// Towns of 旭川 (readings included, for the 五十音 order).
const towns: [string, string][] = [
  ['東光', 'とうこう'], ['豊岡', 'とよおか'], ['永山', 'ながやま'], ['神楽', 'かぐら'], ['神居', 'かむい'], ['末広', 'すえひろ'],
  ['春光', 'しゅんこう'], ['春光台', 'しゅんこうだい'], ['旭町', 'あさひまち'], ['緑町', 'みどりまち'], ['花咲町', 'はなさきちょう'],
  ['錦町', 'にしきまち'], ['大町', 'おおまち'], ['曙', 'あけぼの'], ['忠和', 'ちゅうわ'], ['住吉', 'すみよし'], ['東旭川', 'ひがしあさひかわ'],
  ['西神楽', 'にしかぐら'], ['江丹別', 'えたんべつ'], ['北門町', 'ほくもんちょう'], ['川端町', 'かわばたちょう'], ['宮前', 'みやまえ'],
  ['愛宕', 'あたご'], ['新町', 'しんまち'], ['東鷹栖', 'ひがしたかす'], ['旭岡', 'あさひがおか'], ['近文', 'ちかぶみ'], ['秋月', 'あきづき'],
  ['南が丘', 'みなみがおか'], ['千代田', 'ちよだ'], ['西御料', 'にしごりょう'], ['高砂台', 'たかさごだい'], ['常盤', 'ときわ'],
  ['本町', 'もとまち'], ['北星', 'ほくせい'], ['旭星', 'きょくせい'], ['新旭川', 'しんあさひかわ'], ['金星町', 'きんせいちょう'],
  ['亀吉', 'かめきち'], ['東', 'ひがし'], ['流通団地', 'りゅうつうだんち'], ['東山', 'ひがしやま'], ['緑が丘', 'みどりがおか'],
];

const nicknames: [string, string][] = [
  ['ひまわり', 'ひまわり'], ['さくら', 'さくら'], ['たんぽぽ', 'たんぽぽ'], ['すずらん', 'すずらん'], ['なでしこ', 'なでしこ'],
  ['こすもす', 'こすもす'], ['あおぞら', 'あおぞら'], ['ほのぼの', 'ほのぼの'], ['なかよし', 'なかよし'], ['にこにこ', 'にこにこ'],
  ['わくわく', 'わくわく'], ['やすらぎ', 'やすらぎ'], ['陽だまり', 'ひだまり'], ['和み', 'なごみ'], ['絆', 'きずな'], ['結', 'ゆい'],
  ['笑顔', 'えがお'], ['若葉', 'わかば'], ['めだか', 'めだか'], ['どんぐり', 'どんぐり'], ['かたくり', 'かたくり'], ['はまなす', 'はまなす'],
];

const providerKinds: { suffix: string; type: ProviderType }[] = [
  { suffix: '町内会', type: 'resident_group' },
  { suffix: '老人クラブ', type: 'resident_group' },
  { suffix: '地区社会福祉協議会', type: 'shakyo' },
  { suffix: 'ボランティアの会', type: 'volunteer_group' },
  { suffix: '地区民生委員児童委員協議会', type: 'resident_group' },
  { suffix: '地域包括支援センター', type: 'care_provider' },
  { suffix: '商店街振興組合', type: 'business' },
  { suffix: '住民センター', type: 'government' },
];

const targets = ['おおむね65歳以上の方', '地域にお住まいの高齢者', 'どなたでも', 'ひとり暮らしの高齢者', '要支援の方とご家族', '町内にお住まいの方', '60歳以上の方', '介護をしているご家族'];
const commonSentences = [
  '送迎はありません。', '予約は不要です。', '参加費はお茶代です。', '介護予防に役立ちます。', '冬期間はお休みします。',
  '雪の多い日は中止することがあります。', 'ボランティアも募集しています。', '見学だけでも歓迎します。', '動きやすい服装でお越しください。',
  'マスクの着用にご協力ください。', '駐車場は台数に限りがあります。', '地域の民生委員も参加しています。', '男性の参加もお待ちしています。',
];
const placeKinds = ['会館', '地区センター', '公民館', '住民センター', 'コミュニティセンター', '集会所', '老人いこいの家'];
const notices = ['', '', '', '', '', '会場の改修工事のため、当面の間お休みします。', '担い手を募集しています。', '新型コロナウイルス感染症対策のため人数を制限しています。'];
const timeRanges: [string, string][] = [['09:00', '11:00'], ['10:00', '12:00'], ['10:00', '11:30'], ['13:00', '15:00'], ['13:30', '15:00'], ['14:00', '16:00'], ['18:00', '20:00'], ['11:00', '13:00']];
const attributeChoices: ResourceAttribute[] = ['transport', 'barrier_free', 'reservation_required', 'meals', 'parking', 'outside_care_insurance'];
const allCategoryCodes = ['shopping', 'outing', 'snow', 'garbage', 'housework', 'watching', 'meals', 'salon', 'health', 'hobby', 'consultation', 'pet'];

/** The demo tenant's districts (see src/features/demo/demo-tenant.ts), by name; null = 市全域. */
export type DistrictChoice = string | null;

function schedule(random: Random, activity: Activity): Schedule {
  const [startTime, endTime] = pick(random, timeRanges);
  const roll = random();
  let rules: ScheduleRule[];
  if (roll < 0.45) rules = [{ kind: 'weekly', weekdays: some(random, [1, 2, 3, 4, 5, 6, 0], int(random, 1, 3)).sort(), startTime, endTime }];
  else if (roll < 0.85) rules = [{ kind: 'monthly', weeksOfMonth: pick(random, [[1], [2], [3], [4], [1, 3], [2, 4]]), weekday: int(random, 0, 6), startTime, endTime }];
  else if (roll < 0.92) rules = [{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '17:00' }];
  else rules = [{ kind: 'irregular', note: pick(random, ['ご依頼に応じて', '降雪時', '要相談', '月1回程度']) }];
  return {
    rules,
    season: activity.winter ? { fromMonth: 12, toMonth: 3 } : random() < 0.05 ? { fromMonth: 5, toMonth: 10 } : null,
    note: random() < 0.2 ? pick(random, ['祝日は休み', '年末年始を除く', '8月はお休み', '前日までにご連絡ください']) : '',
  };
}

/**
 * `count` listings, the same for the same seed. `publishedOnly` gives live,
 * published listings only (the guidebook case); otherwise about 88 % are.
 */
export function generateListings(count: number, districtNames: string[], options: { seed?: number; publishedOnly?: boolean } = {}): ListingSpec[] {
  const random = seededRandom(options.seed ?? 20_260_401);
  const listings: ListingSpec[] = [];
  const numberInTown = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const activity = pick(random, activities);
    const [town, townReading] = pick(random, towns);
    const [nick, nickReading] = pick(random, nicknames);
    // 東光ふれあいサロン, ふれあいサロンひまわり, ひまわり囲碁クラブ (東光) …
    const form = random();
    let name: string;
    let nameReading: string;
    if (form < 0.4) [name, nameReading] = [`${town}${activity.name}`, `${townReading}${activity.reading}`];
    else if (form < 0.7) [name, nameReading] = [`${activity.name}${nick}`, `${activity.reading}${nickReading}`];
    else if (form < 0.9) [name, nameReading] = [`${nick}${activity.name}`, `${nickReading}${activity.reading}`];
    else [name, nameReading] = [`${town}${nick}の会`, `${townReading}${nickReading}のかい`];
    // Many towns have several groups of the same kind: 東光ふれあいサロン 第3.
    const seen = (numberInTown.get(name) ?? 0) + 1;
    numberInTown.set(name, seen);
    if (seen > 1) {
      name = `${name} 第${seen}`;
      nameReading = `${nameReading} だい${seen}`;
    }

    const providerKind = providerKinds.find((k) => activity.providers.includes(k.type)) && random() < 0.7
      ? pick(random, providerKinds.filter((k) => activity.providers.includes(k.type)))
      : pick(random, providerKinds);
    const providerName =
      providerKind.type === 'business' && random() < 0.5
        ? `株式会社${nick}${town}`
        : activity.providers.includes('npo') && random() < 0.3
          ? `NPO法人 ${nick}${town}`
          : `${town}${providerKind.suffix}`;
    const providerType: ProviderType = providerName.startsWith('NPO') ? 'npo' : providerName.startsWith('株式会社') ? 'business' : providerKind.type;

    const categoryCodes = [...activity.categories];
    if (random() < 0.35) categoryCodes.push(pick(random, allCategoryCodes));
    const categories = [...new Set(categoryCodes)].slice(0, 3);

    const costRoll = random();
    const costKind = costRoll < 0.4 ? 'free' : costRoll < 0.8 ? 'yen' : costRoll < 0.9 ? 'actual' : 'text';
    const costYen = costKind === 'yen' ? pick(random, [100, 200, 300, 500, 550, 1000]) : null;
    const costText = costKind === 'yen' ? pick(random, ['', '1回', 'お茶代', '材料費', '1食', '1時間あたり']) : costKind === 'text' ? pick(random, ['年会費1,000円', '1回100円程度', 'お気持ちで']) : '';

    const description = [...activity.descriptions, ...some(random, commonSentences, int(random, 0, 3))].join('');
    const jo = int(random, 1, 12);
    const chome = int(random, 1, 9);
    const districtName = random() < 0.1 ? null : pick(random, districtNames);
    const statusRoll = options.publishedOnly ? 0 : random();
    const status: ResourceStatus = statusRoll < 0.93 ? 'active' : statusRoll < 0.96 ? 'temporarily_closed' : statusRoll < 0.98 ? 'inactive' : 'defunct';
    const confirmed = random() < 0.9 ? new Date(Date.UTC(2024, 9, 1) + Math.floor(random() * 730) * 86_400_000) : null;

    listings.push({
      name,
      nameReading,
      description,
      providerName,
      providerType,
      categoryCodes: categories,
      target: pick(random, targets),
      costKind,
      costYen,
      costText,
      schedule: schedule(random, activity),
      placeName: activity.visit ? 'ご自宅（訪問）' : `${town}${pick(random, placeKinds)}`,
      postalCode: `07${int(random, 0, 9)}-${String(int(random, 0, 9999)).padStart(4, '0')}`,
      address: `北海道旭川市${town}${jo}条${chome}丁目${int(random, 1, 30)}-${int(random, 1, 20)}`,
      building: random() < 0.15 ? `${pick(random, ['2階', '1階和室', '多目的室', '集会室'])}` : '',
      latitude: +(43.77 + (random() - 0.5) * 0.16).toFixed(5),
      longitude: +(142.36 + (random() - 0.5) * 0.2).toFixed(5),
      districtName,
      phone: `0166-${int(random, 20, 99)}-${String(int(random, 0, 9999)).padStart(4, '0')}`,
      fax: random() < 0.3 ? `0166-${int(random, 20, 99)}-${String(int(random, 0, 9999)).padStart(4, '0')}` : '',
      email: random() < 0.2 ? `info${i}@example.jp` : '',
      url: random() < 0.1 ? `https://example.jp/${i}` : '',
      attributes: some(random, attributeChoices, int(random, 0, 2)),
      status,
      statusNotice: status === 'temporarily_closed' ? '会場の改修工事のため、当面の間お休みします。' : pick(random, notices),
      isPublished: options.publishedOnly ? true : random() < 0.9,
      confirmedOn: confirmed ? confirmed.toISOString().slice(0, 10) : null,
      archived: options.publishedOnly ? false : random() < 0.01,
    });
  }
  return listings;
}
