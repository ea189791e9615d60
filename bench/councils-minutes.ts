// The 議事録 PDF of a 3-hour meeting with 30 attendees (goal < 2 s): the
// record is built in memory, as getMeeting returns it, and printed ten times.
// Prints figures; asserts nothing. `node --import tsx bench/councils-minutes.ts`
import { translator } from '../src/platform/i18n/i18n.ts';
import { printMinutes, printSignInSheet } from '../src/features/councils/minutes-pdf.ts';
import type { MeetingRecord } from '../src/features/councils/meetings-service.ts';

const tenantId = '00000000-0000-0000-0000-000000000001';
const startsAt = new Date('2026-12-10T04:30:00Z');
const endsAt = new Date(startsAt.getTime() + 3 * 60 * 60_000);
const sentence = '委員：移動手段がなく通いの場に行けないという声が、民生委員の訪問でも繰り返し聞かれた。送迎の協力先を探す必要がある。';

function record(): MeetingRecord {
  const members = Array.from({ length: 30 }, (_, i) => ({
    id: `00000000-0000-0000-0001-${String(i).padStart(12, '0')}`,
    tenantId,
    councilId: 'c',
    personName: `委員 ${i + 1}`,
    organisationId: null,
    organisationName: `東光地区 第${i + 1}町内会`,
    memberTypeId: 't',
    role: i === 0 ? 'chair' : 'member',
    email: '',
    fax: '',
    termStart: '2026-04-01',
    termEnd: null,
    archivedAt: null,
    createdAt: startsAt,
    updatedAt: startsAt,
  }));
  const agenda = Array.from({ length: 12 }, (_, i) => ({
    id: `a${i}`,
    tenantId,
    meetingId: 'm',
    parentId: i % 3 === 0 ? null : `a${i - (i % 3)}`,
    position: i,
    title: `議題 ${i + 1}「地域の移動と見守り」`,
    durationMinutes: 15,
    notes: sentence.repeat(6),
  }));
  return {
    meeting: {
      id: 'm', tenantId, councilId: 'c', fiscalYear: 2026, number: 3, title: '', startsAt, endsAt, place: '東光地区センター', onlineUrl: '', eventId: null, status: 'closed',
      otherParticipants: 12, observers: 4, organisationsPresent: '地域包括支援センター東光、東光地区社協', minutes: sentence.repeat(60), decisions: sentence.repeat(5),
      version: 2, invitationsSentAt: null, reminderSentAt: null, closedAt: endsAt, createdBy: 'u', createdAt: startsAt, updatedAt: endsAt,
    },
    council: { id: 'c', tenantId, name: 'A地域 第2層協議体', kindId: 'k', areaId: 'a', tiers: [2], secretariat: '', description: '', meetingsPublic: true, minutesPublic: true, archivedAt: null, createdAt: startsAt, updatedAt: startsAt },
    agenda,
    handouts: [],
    attendance: members.map((m, i) => ({ tenantId, meetingId: 'm', memberId: m.id, status: i % 7 === 6 ? 'absent' : i % 9 === 8 ? 'proxy' : 'present', proxyName: i % 9 === 8 ? '代理 太郎' : '' })),
    actionItems: Array.from({ length: 8 }, (_, i) => ({ id: `x${i}`, tenantId, meetingId: 'm', title: `宿題 ${i + 1}`, ownerId: 'u', dueOn: '2027-01-15', doneAt: null, reminderSentAt: null, createdAt: endsAt })),
    members,
  };
}

const printing = { t: translator('ja'), tenantName: '旭川市社会福祉協議会', printedAt: new Date(), owners: new Map([['u', '山田 花子']]) };
const times: number[] = [];
let pages = 0;
for (let i = 0; i < 11; i++) {
  const started = performance.now();
  const pdf = await printMinutes(record(), printing);
  if (i > 0) times.push(performance.now() - started);
  pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
const sheetStarted = performance.now();
await printSignInSheet(record(), printing);
const sheetMs = performance.now() - sheetStarted;
times.sort((a, b) => a - b);
const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
console.log(`議事録 PDF, 3 hours, 30 attendees, ${pages} pages: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${Math.round(times.at(-1)!)} ms (goal < 2000 ms); 出席簿 ${Math.round(sheetMs)} ms; rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
