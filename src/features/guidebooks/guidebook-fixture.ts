// Test data: a small Asahikawa guidebook with realistic listings, and a
// generator for large documents used to measure rendering time and memory.
import type { GuidebookDocument, GuidebookEntry, GuidebookLabels } from './guidebook-document.ts';

export const labelsJa: GuidebookLabels = {
  contents: '目次',
  index: '五十音さくいん',
  indexRow: '{row}行',
  indexOther: 'その他',
  coordinators: '生活支援コーディネーター連絡先',
  office: 'お問い合わせ先',
  page: '{page}ページ',
  schedule: '日時',
  cost: '費用',
  target: '対象',
  place: '場所',
  contact: '連絡先',
  provider: '運営',
  district: '地区',
  area: '担当地域',
  coordinatorName: '担当者',
  phone: '電話',
};

function entry(overrides: Partial<GuidebookEntry> & Pick<GuidebookEntry, 'id' | 'name' | 'nameReading'>): GuidebookEntry {
  return {
    description: '',
    providerName: '',
    scheduleText: '',
    costText: '',
    targetText: '',
    placeText: '',
    contactLines: [],
    attributes: [],
    statusNotice: '',
    confirmedOnText: '令和8年10月1日確認',
    districtName: '東光',
    ...overrides,
  };
}

const salon = entry({
  id: 'r-salon-toko',
  name: 'ふれあいサロン東光',
  nameReading: 'ふれあいさろんとうこう',
  description: 'お茶を飲みながらおしゃべりや脳トレを楽しむ集まりです。はじめての方も気軽にどうぞ。',
  providerName: '東光地区町内会連合会',
  scheduleText: '毎月第2・第4水曜日 13:30〜15:00',
  costText: '1回100円（お茶代）',
  targetText: 'おおむね65歳以上の方',
  placeText: '旭川市東光14条5丁目6-6 東光地区センター 2階和室',
  contactLines: ['TEL 0166-31-0000（山田）'],
  attributes: ['予約不要', 'バリアフリー'],
});

/** A guidebook with three sections and twelve entries; one entry is listed in two sections. */
export function smallGuidebook(overrides: Partial<GuidebookDocument> = {}): GuidebookDocument {
  return {
    title: 'くらしの困りごとガイドブック',
    subtitle: '旭川市全域',
    publisher: '旭川市社会福祉協議会',
    printedOnText: '令和8年11月23日 発行',
    largePrint: false,
    labels: labelsJa,
    coordinators: [
      { areaName: '第1層（市全域）', name: '佐藤 恵子', nameReading: 'さとう けいこ', phone: '0166-23-0742' },
      { areaName: '東光圏域', name: '高橋 誠', nameReading: 'たかはし まこと', phone: '0166-31-1234' },
      { areaName: '豊岡圏域', name: '伊藤 由美', nameReading: 'いとう ゆみ', phone: '0166-32-5678' },
    ],
    officeContact: ['旭川市社会福祉協議会 地域福祉課', '〒070-0035 旭川市5条通4丁目893-1 ときわ市民ホール1階', 'TEL 0166-23-0742　FAX 0166-23-0746'],
    sections: [
      {
        heading: '除雪（雪かき・雪はね）',
        entries: [
          entry({
            id: 'r-snow-volunteer', name: '雪はねボランティア隊', nameReading: 'ゆきはねぼらんてぃあたい',
            description: '玄関先から道路までの通路を、地域のボランティアが除雪します。屋根の雪下ろしはできません。',
            providerName: '旭川市社会福祉協議会', scheduleText: '12月〜3月 大雪の翌日（申込順）', costText: '無料',
            targetText: 'ひとり暮らしの高齢者・障がいのある方の世帯', placeText: '市内全域（ご自宅）',
            contactLines: ['TEL 0166-23-0742', 'FAX 0166-23-0746'], attributes: ['要申込', '介護保険外'],
            districtName: '市全域',
          }),
          entry({
            id: 'r-snow-toyooka', name: '豊岡ささえあい除雪', nameReading: 'とよおかささえあいじょせつ',
            description: '町内会の有志が、間口の雪はねを手伝います。',
            providerName: '豊岡まちづくり協議会', scheduleText: '降雪時（朝7時〜）', costText: '1回300円',
            targetText: '豊岡地区にお住まいの75歳以上の方', placeText: '豊岡地区',
            contactLines: ['TEL 0166-32-0000'], statusNotice: '今季は新規受付を終了しました', districtName: '豊岡',
          }),
          entry({
            id: 'r-snow-gakusei', name: '学生スノーバスターズ', nameReading: 'がくせいすのーばすたーず',
            description: '市内の大学生が、週末に高齢者宅の除雪を行います。',
            providerName: '旭川市内大学ボランティアセンター', scheduleText: '1月〜2月の土曜日', costText: '無料',
            targetText: '65歳以上のみの世帯', placeText: '永山・末広地区', contactLines: ['TEL 0166-48-0000'],
            attributes: ['要申込'], districtName: '永山',
          }),
        ],
      },
      {
        heading: '食事・配食',
        entries: [
          entry({
            id: 'r-meal-hoshi', name: 'ほっとお弁当配食サービス', nameReading: 'ほっとおべんとうはいしょくさーびす',
            description: '栄養バランスを考えたお弁当を、ご自宅までお届けし、安否確認も行います。',
            providerName: 'NPO法人ほっと', scheduleText: '月〜金曜日 昼食', costText: '1食500円',
            targetText: '調理が難しい65歳以上の方', placeText: '市内全域（ご自宅へ配達）',
            contactLines: ['TEL 0166-26-0000', 'FAX 0166-26-0001'], attributes: ['見守りあり', '介護保険外'],
            districtName: '市全域',
          }),
          entry({
            id: 'r-meal-kodomo', name: 'みんなの食堂かぐら', nameReading: 'みんなのしょくどうかぐら',
            description: '子どもから高齢者まで、だれでも一緒にごはんを食べられる地域食堂です。',
            providerName: '神楽地区民生委員児童委員協議会', scheduleText: '毎月第3土曜日 11:30〜13:00',
            costText: '大人300円・子ども無料', targetText: 'どなたでも', placeText: '旭川市神楽3条6丁目 神楽公民館 調理室',
            contactLines: ['TEL 0166-61-0000'], statusNotice: '冬季休止（12月〜2月）', districtName: '神楽',
          }),
          entry({
            id: 'r-meal-gohan', name: 'ごはん会すえひろ', nameReading: 'ごはんかいすえひろ',
            description: '手作りの昼ごはんを囲んで交流します。',
            providerName: '末広ボランティアの会', scheduleText: '毎週木曜日 12:00〜13:30', costText: '1回400円',
            targetText: '末広地区の高齢者', placeText: '旭川市末広3条2丁目 末広会館',
            contactLines: ['TEL 0166-51-0000'], attributes: ['送迎あり'], districtName: '末広',
          }),
          salon,
        ],
      },
      {
        heading: '交流・サロン・趣味',
        entries: [
          salon,
          entry({
            id: 'r-igo', name: '永山囲碁クラブ', nameReading: 'ながやまいごくらぶ',
            description: '初心者から有段者まで、和やかに対局しています。対局相手を探している方もどうぞ。',
            providerName: '永山囲碁クラブ', scheduleText: '毎週火曜日・金曜日 10:00〜15:00', costText: '月500円',
            targetText: 'どなたでも', placeText: '旭川市永山2条19丁目 永山市民交流センター 1階', contactLines: ['TEL 0166-48-1111'],
            districtName: '永山',
          }),
          entry({
            id: 'r-taiso', name: 'いきいき百歳体操 春光', nameReading: 'いきいきひゃくさいたいそう しゅんこう',
            description: 'おもりを使った筋力体操で、転ばない体づくりを目指します。',
            providerName: '春光地域包括支援センター', scheduleText: '毎週月曜日 10:00〜11:00', costText: '無料',
            targetText: '65歳以上の方', placeText: '旭川市春光4条8丁目 春光会館', contactLines: ['TEL 0166-50-0000'],
            attributes: ['バリアフリー', '駐車場あり'], districtName: '春光',
          }),
          entry({
            id: 'r-karaoke', name: 'カラオケ同好会「ひまわり」', nameReading: 'からおけどうこうかい ひまわり',
            description: '昭和の歌を中心に、みんなで楽しく歌います。',
            providerName: 'ひまわり会', scheduleText: '毎月第1日曜日 13:00〜16:00', costText: '1回200円',
            targetText: 'どなたでも', placeText: '旭川市豊岡4条3丁目 豊岡会館', contactLines: ['TEL 0166-32-2222'],
            districtName: '豊岡',
          }),
          entry({
            id: 'r-walk', name: 'ウォーキングの会', nameReading: 'うぉーきんぐのかい',
            description: '季節の景色を楽しみながら、無理のないペースで歩きます。',
            providerName: '新旭川ウォーキングの会', scheduleText: '5月〜10月 毎週水曜日 9:00〜', costText: '無料',
            targetText: '自力で1時間程度歩ける方', placeText: '新旭川地区センター前 集合', contactLines: ['TEL 0166-22-3333'],
            statusNotice: '冬季休止', districtName: '新旭川',
          }),
          entry({
            id: 'r-shogi', name: '将棋サロン駒の会', nameReading: 'しょうぎさろんこまのかい',
            description: '将棋を指しながら仲間づくり。',
            providerName: '駒の会', scheduleText: '毎週土曜日 13:00〜16:00', costText: '無料', targetText: 'どなたでも',
            placeText: '旭川市東光1条1丁目 東光公民館', contactLines: ['TEL 0166-31-4444'], districtName: '東光',
          }),
        ],
      },
    ],
    ...overrides,
  };
}

/** A guidebook of `count` generated entries over twelve sections, for timing. */
export function largeGuidebook(count: number, largePrint = false): GuidebookDocument {
  const base = smallGuidebook();
  const templates = base.sections.flatMap((s) => s.entries);
  const headings = ['買い物', '通院・外出', '除雪', 'ゴミ出し', '家事', '見守り・安否確認', '食事・配食', '交流・サロン', '健康づくり・体操', '趣味・生きがい', '相談', 'ペット'];
  const sections = headings.map((heading) => ({ heading, entries: [] as GuidebookEntry[] }));
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    sections[i % sections.length].entries.push({ ...template, id: `gen-${i}`, name: `${template.name} ${i + 1}` });
  }
  return { ...base, largePrint, sections };
}
