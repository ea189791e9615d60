// What the demo coordinators did themselves, across this 年度 and the one
// before, so the figures show coordinator activities by type. Counterparts
// are the kinds of partners a 社協's coordinators work with; names are fictional.
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { fiscalYearOf, fiscalYearRange } from '../../platform/wareki/wareki.ts';
import * as coordinatorActivitiesService from '../coordinator-activities/service.ts';
import type { ActivityType } from '../coordinator-activities/vocabulary.ts';
import * as coordinatorsService from '../coordinators/service.ts';

type Spec = { coordinator: string; year: 0 | -1; day: number; types: ActivityType[]; counterpart: string; minutes: number | null; notes: string };

const specs: Spec[] = [
  // 山田 花子 (A地域), who signs in as yamada@example.jp.
  { coordinator: '山田 花子', year: -1, day: 20, types: ['needs'], counterpart: '地域包括支援センター東光', minutes: 90, notes: 'ひとり暮らし高齢者の困りごとについて聞き取り。買い物と除雪の相談が多い。' },
  { coordinator: '山田 花子', year: -1, day: 75, types: ['resources'], counterpart: '豊岡町内会', minutes: 60, notes: '町内会のサロン・見守り活動の現状を確認し、ガイドブックの掲載内容を更新。' },
  { coordinator: '山田 花子', year: -1, day: 160, types: ['business', 'development'], counterpart: 'スーパーまるとみ豊岡店', minutes: 120, notes: '買い物支援で地元スーパーと協議。送迎つき買い物ツアーの試行を検討。' },
  { coordinator: '山田 花子', year: -1, day: 240, types: ['workforce'], counterpart: '東光地区民生委員協議会', minutes: 150, notes: '除雪ボランティア養成講座の周知を依頼。' },
  { coordinator: '山田 花子', year: 0, day: 10, types: ['sharing'], counterpart: '地域包括支援センター東光', minutes: 60, notes: '第2層協議体の前に、地域課題（移動手段）について情報共有。' },
  { coordinator: '山田 花子', year: 0, day: 40, types: ['needs', 'sharing'], counterpart: '東光地区民生委員協議会', minutes: 90, notes: '定例会で見守りが必要な世帯の状況を共有。' },
  { coordinator: '山田 花子', year: 0, day: 70, types: ['business'], counterpart: 'スーパーまるとみ豊岡店', minutes: 60, notes: '買い物ツアーの試行日程と店内の付き添い方法を打ち合わせ。' },
  { coordinator: '山田 花子', year: 0, day: 100, types: ['matching'], counterpart: '豊岡町内会', minutes: 45, notes: '囲碁の相手を探す方と町内会の囲碁クラブをつないだ。' },
  { coordinator: '山田 花子', year: 0, day: 130, types: ['development', 'workforce'], counterpart: '社会福祉法人あさひ福祉会', minutes: 120, notes: '法人の送迎車を使った通いの場への移動支援を協議。運転ボランティアの募集も。' },
  { coordinator: '山田 花子', year: 0, day: 200, types: ['resources'], counterpart: '東光町内会', minutes: null, notes: '冬の除雪の担い手について町内会長と電話で確認。' },
  // 佐々木 陽子 (市全域, 第1層).
  { coordinator: '佐々木 陽子', year: -1, day: 30, types: ['sharing'], counterpart: '市介護保険課', minutes: 60, notes: '第1層協議体の議題を調整。' },
  { coordinator: '佐々木 陽子', year: 0, day: 50, types: ['business'], counterpart: '地元信用金庫', minutes: 90, notes: '見守り協定の締結に向けて協議。' },
  { coordinator: '佐々木 陽子', year: 0, day: 150, types: ['workforce'], counterpart: '市ボランティアセンター', minutes: 180, notes: '生活支援サポーター養成講座の企画。' },
  // 田村 健太 (B地域).
  { coordinator: '田村 健太', year: -1, day: 90, types: ['needs'], counterpart: '地域包括支援センター永山', minutes: 60, notes: '通院の付き添いの相談が増えていることを確認。' },
  { coordinator: '田村 健太', year: 0, day: 60, types: ['development'], counterpart: '永山町内会', minutes: 120, notes: 'ゴミ出し支援の仕組みづくりを町内会と相談。' },
  { coordinator: '田村 健太', year: 0, day: 110, types: ['matching', 'sharing'], counterpart: '社会福祉法人ながやま会', minutes: 60, notes: '配食サービスの利用希望者を紹介し、状況を共有。' },
  // 小林 誠 (C地域) and 石井 美咲 (D地域).
  { coordinator: '小林 誠', year: 0, day: 80, types: ['resources', 'needs'], counterpart: '春光台地区民生委員協議会', minutes: 90, notes: 'サロンの空白地域を地図で確認。' },
  { coordinator: '石井 美咲', year: -1, day: 200, types: ['business'], counterpart: 'ドラッグストアかぐら店', minutes: 60, notes: '店頭での健康相談会の開催を協議。' },
  { coordinator: '石井 美咲', year: 0, day: 90, types: ['workforce'], counterpart: '神楽地区社会福祉協議会', minutes: 120, notes: '担い手向けの交流会を開催。' },
];

// A day of this or last 年度, never after today, so the entries fit whenever the demo is seeded.
function dayOf(now: Date, year: 0 | -1, offset: number): string {
  const today = japanToday(now);
  const start = new Date(`${fiscalYearRange(fiscalYearOf(today) + year).start}T00:00:00Z`);
  const day = new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return day < today ? day : today;
}

/** The demo coordinators' own activities, each in their assigned area. */
export async function seedDemoCoordinatorActivities(ctx: ServiceContext): Promise<void> {
  const ids = new Map((await coordinatorsService.findCoordinators(ctx)).map((c) => [c.name, c.id]));
  for (const spec of specs) {
    await coordinatorActivitiesService.createActivity(ctx, {
      activityOn: dayOf(ctx.now, spec.year, spec.day),
      types: spec.types,
      coordinatorId: ids.get(spec.coordinator)!,
      areaId: null,
      counterpart: spec.counterpart,
      minutes: spec.minutes,
      notes: spec.notes,
    });
  }
}
