// 議事録 and 出席簿 as PDF, printed with pdfmake and Noto Sans JP (src/platform/pdf).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Translate } from '../../platform/i18n/i18n.ts';
import { JAPANESE_FONT } from '../../platform/pdf/japanese-font.ts';
import { printPdf } from '../../platform/pdf/pdf-printer.ts';
import { formatWarekiDate, formatWarekiSpan } from '../../platform/wareki/wareki.ts';
import type { MeetingRecord } from './meetings-service.ts';
import type { CouncilMemberRow } from './service.ts';

type Printing = { t: Translate; tenantName: string; printedAt: Date; owners: Map<string, string> };

function memberLabel(m: Pick<CouncilMemberRow, 'personName' | 'organisationName'>): string {
  if (m.personName && m.organisationName) return `${m.personName}（${m.organisationName}）`;
  return m.personName || m.organisationName || '';
}

function heading(record: MeetingRecord, t: Translate): string {
  const { meeting, council } = record;
  const numbered = t('councils.meetingNumbered', { number: meeting.number, council: council.name });
  return meeting.title ? `${numbered}「${meeting.title}」` : numbered;
}

function documentFrame(title: string, content: Content[], p: Printing): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: { title: title.replace('\n', ' ') },
    defaultStyle: { font: JAPANESE_FONT, fontSize: 10.5, lineHeight: 1.4 },
    styles: { title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 12] }, section: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] } },
    footer: (page: number, pages: number) => ({ text: `${p.tenantName}　${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content,
  };
}

/** 議事録: date in 和暦, attendees, agenda with its notes, minutes, decisions and action items. */
export function minutesDocument(record: MeetingRecord, p: Printing): TDocumentDefinitions {
  const { t } = p;
  const { meeting, agenda, attendance, actionItems, members } = record;
  const byMember = new Map(attendance.map((a) => [a.memberId, a]));
  const present = members.filter((m) => byMember.get(m.id)?.status === 'present').map(memberLabel);
  const proxies = members.filter((m) => byMember.get(m.id)?.status === 'proxy').map((m) => t('councils.proxyFor', { proxy: byMember.get(m.id)!.proxyName, name: memberLabel(m) }));
  const absent = members.filter((m) => byMember.get(m.id)?.status === 'absent').map(memberLabel);
  const none = t('councils.none');
  const agendaContent: Content[] = agenda
    .filter((a) => !a.parentId)
    .map((item, i) => ({
      stack: [
        { text: `${i + 1}. ${item.title}`, bold: true },
        ...(item.notes ? [{ text: item.notes, margin: [12, 0, 0, 4] as [number, number, number, number] }] : []),
        ...agenda
          .filter((a) => a.parentId === item.id)
          .map((sub, j) => ({ stack: [{ text: `(${j + 1}) ${sub.title}` }, ...(sub.notes ? [{ text: sub.notes, margin: [12, 0, 0, 0] as [number, number, number, number] }] : [])], margin: [12, 2, 0, 2] as [number, number, number, number] })),
      ],
      margin: [0, 2, 0, 4] as [number, number, number, number],
    }));
  const title = `${heading(record, t)}\n${t('councils.minutesTitle')}`;
  return documentFrame(
    title,
    [
      { text: title, style: 'title' },
      {
        table: {
          widths: [110, '*'],
          body: [
            [t('councils.when'), formatWarekiSpan(meeting.startsAt, meeting.endsAt)],
            [t('councils.place'), [meeting.place, meeting.onlineUrl ? t('councils.online') : ''].filter(Boolean).join(' ／ ') || none],
            [t('councils.attendancePresent'), present.join('、') || none],
            [t('councils.attendanceProxy'), proxies.join('、') || none],
            [t('councils.attendanceAbsent'), absent.join('、') || none],
            [t('councils.othersLabel'), t('councils.othersAndObservers', { others: meeting.otherParticipants, observers: meeting.observers })],
            [t('councils.organisationsPresent'), meeting.organisationsPresent || none],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: t('councils.agenda'), style: 'section' },
      ...(agendaContent.length ? agendaContent : [{ text: none }]),
      { text: t('councils.minutes'), style: 'section' },
      { text: meeting.minutes || none },
      { text: t('councils.decisions'), style: 'section' },
      { text: meeting.decisions || none },
      { text: t('councils.actionItems'), style: 'section' },
      actionItems.length
        ? {
            table: {
              headerRows: 1,
              widths: ['*', 100, 90],
              body: [
                [t('councils.actionTitle'), t('councils.actionOwner'), t('councils.actionDue')],
                ...actionItems.map((a) => [a.title, p.owners.get(a.ownerId) ?? '', a.dueOn ? formatWarekiDate(a.dueOn) : '']),
              ],
            },
            layout: 'lightHorizontalLines',
          }
        : { text: none },
      { text: t('layout.printedOn', { date: formatWarekiDate(p.printedAt) }), alignment: 'right', fontSize: 8, margin: [0, 16, 0, 0] },
    ],
    p,
  );
}

// Rows left blank on the sign-in sheet for substitutes and guests.
const blankRows = 8;

/** 出席簿: one row per member whose term covers the day, and blank rows, with a column to sign. */
export function signInSheetDocument(record: MeetingRecord, p: Printing): TDocumentDefinitions {
  const { t } = p;
  const { meeting, members } = record;
  const title = `${heading(record, t)}\n${t('councils.signInSheetTitle')}`;
  const row = (cells: string[]) => cells.map((text) => ({ text, margin: [0, 6, 0, 6] as [number, number, number, number] }));
  return documentFrame(
    title,
    [
      { text: title, style: 'title' },
      { text: formatWarekiSpan(meeting.startsAt, meeting.endsAt), margin: [0, 0, 0, 4] },
      { text: meeting.place, margin: [0, 0, 0, 10] },
      {
        table: {
          headerRows: 1,
          widths: [24, 110, '*', 60, 100],
          body: [
            [t('councils.number'), t('councils.personName'), t('councils.organisationName'), t('councils.memberRole'), t('councils.signature')],
            ...members.filter((m) => !m.archivedAt).map((m, i) => row([String(i + 1), m.personName, m.organisationName ?? '', t(`councils.role.${m.role}`), ''])),
            ...Array.from({ length: blankRows }, () => row(['', '', '', '', ''])),
          ],
        },
      },
    ],
    p,
  );
}

export function printMinutes(record: MeetingRecord, p: Printing): Promise<Buffer> {
  return printPdf(minutesDocument(record, p));
}

export function printSignInSheet(record: MeetingRecord, p: Printing): Promise<Buffer> {
  return printPdf(signInSheetDocument(record, p));
}
