// The newsletter's volunteer stories as real records: a dog walked while its
// owner's leg heals, a shopping companion for failing eyesight, a 囲碁 partner,
// snow cleared in front of a house; plus applicants and an unmet request.
// Names, addresses and phone numbers are fictional.
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { japanToday } from '../../platform/context/service-context.ts';
import { fiscalYearOf, fiscalYearRange } from '../../platform/wareki/wareki.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import type { IntakeInput } from '../help-requests/validation.ts';
import * as matchesService from '../matches/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import type { NewVolunteerInput } from '../volunteers/validation.ts';

type Districts = Map<string, { id: string; areaId: string }>;

type VolunteerSpec = { name: string; nameReading: string; district: string; help: string[]; availability: string[]; ageBand: NewVolunteerInput['ageBand']; phone: string; registered: boolean };

const volunteerSpecs: VolunteerSpec[] = [
  { name: '近藤 さくら', nameReading: 'こんどう さくら', district: '東光', help: ['dog_walk', 'walk_companion'], availability: ['1:am', '2:am', '3:am', '4:am', '5:am'], ageBand: '60s', phone: '0166-31-1001', registered: true },
  { name: '佐藤 一郎', nameReading: 'さとう いちろう', district: '豊岡', help: ['shopping_companion', 'transport'], availability: ['2:pm', '4:pm', '6:am'], ageBand: '70s', phone: '0166-31-1002', registered: true },
  { name: '石田 碁郎', nameReading: 'いしだ ごろう', district: '東光', help: ['go_shogi', 'conversation'], availability: ['3:pm', '6:pm'], ageBand: '70s', phone: '0166-31-1003', registered: true },
  { name: '大雪 力', nameReading: 'おおゆき ちから', district: '東旭川・千代田', help: ['snow', 'garbage'], availability: ['0:am', '6:am', '1:am'], ageBand: '40s', phone: '0166-31-1004', registered: true },
  { name: '春野 みどり', nameReading: 'はるの みどり', district: '中央', help: ['tidying', 'housework'], availability: ['2:am'], ageBand: '50s', phone: '0166-31-1005', registered: false },
];

const residentOf = (name: string, nameReading: string, phone: string, district: string, notes: string) => ({ name, nameReading, phone, district, notes });

type StorySpec = { resident: ReturnType<typeof residentOf>; help: string; description: string; meetingPoint: string; volunteer: string | null; frequency: 'once' | 'recurring'; weekdays: number[]; slot: '' | 'am' | 'pm'; referrer: IntakeInput['referrerType']; ends: 'active' | 'closed' | 'proposed' };

const stories: StorySpec[] = [
  { resident: residentOf('北野 ハル', 'きたの はる', '0166-32-2001', '東光', '足をけがして、しばらく外を歩けない。'), help: 'dog_walk', description: '飼い犬（柴犬）の朝の散歩。けがが治るまで。', meetingPoint: '自宅玄関前', volunteer: '近藤 さくら', frequency: 'recurring', weekdays: [1, 3, 5], slot: 'am', referrer: 'houkatsu', ends: 'active' },
  { resident: residentOf('目黒 トメ', 'めぐろ とめ', '0166-32-2002', '豊岡', '視力が低下し、一人での買い物が難しい。'), help: 'shopping_companion', description: '近所のスーパーへの買い物に付き添ってほしい。', meetingPoint: '自宅前', volunteer: '佐藤 一郎', frequency: 'once', weekdays: [], slot: 'pm', referrer: 'care_manager', ends: 'closed' },
  { resident: residentOf('碁盤 正夫', 'ごばん まさお', '0166-32-2003', '東光', '周りに囲碁ができる人がいない。'), help: 'go_shogi', description: '囲碁の相手をしてほしい（週1回）。', meetingPoint: '自宅の居間', volunteer: '石田 碁郎', frequency: 'recurring', weekdays: [3], slot: 'pm', referrer: 'self', ends: 'active' },
  { resident: residentOf('雪野 冬子', 'ゆきの ふゆこ', '0166-32-2004', '東旭川・千代田', 'ひとり暮らし。雪が積もると玄関から出られない。'), help: 'snow', description: '自宅前の除雪。', meetingPoint: '自宅前の道路側', volunteer: '大雪 力', frequency: 'recurring', weekdays: [0, 6], slot: 'am', referrer: 'minsei', ends: 'proposed' },
];

// Dates from the start of this 年度, never after today, so the stories fit whenever the demo is seeded.
function dayOfYear(now: Date, offset: number): string {
  const today = japanToday(now);
  const start = new Date(`${fiscalYearRange(fiscalYearOf(today)).start}T00:00:00Z`);
  const day = new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return day < today ? day : today;
}

async function seedVolunteers(ctx: ServiceContext, districts: Districts, helpIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const spec of volunteerSpecs) {
    const district = districts.get(spec.district)!;
    const row = await volunteersService.createVolunteer(ctx, {
      name: spec.name, nameReading: spec.nameReading, ageBand: spec.ageBand, phone: spec.phone, email: '', postalCode: '', address: '', latitude: null, longitude: null, districtId: district.id,
      helpTypeIds: spec.help.map((code) => helpIds.get(code)!), availability: spec.availability, travelRange: 'area', travelMeans: ['walk', 'car'], notes: '', monthlyAssignmentLimit: 4, appliedOn: dayOfYear(ctx.now, 0),
    });
    ids.set(spec.name, row.id);
    if (!spec.registered) continue;
    await volunteersService.changeVolunteerStatus(ctx, row.id, { toStatus: 'interviewed', onDate: dayOfYear(ctx.now, 3), note: '' });
    await volunteersService.changeVolunteerStatus(ctx, row.id, { toStatus: 'registered', onDate: dayOfYear(ctx.now, 7), note: '' });
    await volunteersService.recordInsurance(ctx, row.id, { insuranceEnrolledOn: dayOfYear(ctx.now, 7) });
  }
  return ids;
}

async function tellStory(ctx: ServiceContext, story: StorySpec, districts: Districts, helpIds: Map<string, string>, volunteerIds: Map<string, string>): Promise<void> {
  const r = story.resident;
  const request = await helpRequestsService.receiveByPhone(ctx, {
    residentId: null, residentName: r.name, residentReading: r.nameReading, residentPhone: r.phone, residentPostalCode: '', residentAddress: '', residentLatitude: null, residentLongitude: null, residentDistrictId: districts.get(r.district)!.id, household: 'alone', situationNotes: r.notes,
    helpTypeId: helpIds.get(story.help)!, description: story.description, referrerType: story.referrer, referrerName: '', referrerPhone: '', preferredOn: story.frequency === 'once' ? japanToday(ctx.now) : null,
    timeSlot: story.slot, frequency: story.frequency, recurringWeekdays: story.weekdays, urgency: 'normal', meetingPoint: story.meetingPoint,
  }, null);
  if (!story.volunteer) return;
  const match = await matchesService.proposeMatch(ctx, request.id, { volunteerId: volunteerIds.get(story.volunteer)!, confirmOverlap: 'on' });
  if (story.ends === 'proposed') return;
  await matchesService.answerForVolunteer(ctx, match.id, { answer: 'accept', note: '' });
  await matchesService.recordActivity(ctx, match.id, { activityOn: japanToday(ctx.now), hours: story.help === 'shopping_companion' ? 2 : 1, minutes: 0, whatWasDone: story.description, notes: '' });
  if (story.ends === 'closed') await helpRequestsService.changeRequestStatus(ctx, request.id, { toStatus: 'closed', onDate: japanToday(ctx.now), unmetReason: '', outcome: 'helped' });
}

/** Volunteers, requests, matches and activity records that tell the newsletter's stories. */
export async function seedDemoStories(ctx: ServiceContext, districts: Districts): Promise<void> {
  const helpIds = new Map((await volunteersService.findHelpTypes(ctx)).map((h) => [h.code, h.id]));
  const volunteerIds = await seedVolunteers(ctx, districts, helpIds);
  for (const story of stories) await tellStory(ctx, story, districts, helpIds, volunteerIds);
  const unmet = await helpRequestsService.receiveByPhone(ctx, {
    residentId: null, residentName: '片付 ヨシ', residentReading: 'かたづけ よし', residentPhone: '0166-32-2005', residentPostalCode: '', residentAddress: '', residentLatitude: null, residentLongitude: null, residentDistrictId: districts.get('永山')!.id, household: 'alone', situationNotes: '',
    helpTypeId: helpIds.get('tidying')!, description: '室内の整理（大きな家具の移動を含む）', referrerType: 'family', referrerName: '長女', referrerPhone: '', preferredOn: null, timeSlot: '', frequency: 'once', recurringWeekdays: [], urgency: 'low', meetingPoint: '',
  }, null);
  await helpRequestsService.changeRequestStatus(ctx, unmet.id, { toStatus: 'unmet', onDate: japanToday(ctx.now), unmetReason: 'no_volunteer', outcome: '' });
}
