import ical, { ICalEventStatus } from 'ical-generator';
import type { PublicMeeting } from './service.ts';

/**
 * An iCalendar file of public council meetings, times as UTC instants. A
 * cancelled meeting stays as STATUS:CANCELLED so calendars that had it drop it;
 * online links are never in it (the public view has none).
 */
export function meetingsCalendar(meetings: PublicMeeting[], options: { name: string; baseUrl: string; host: string; areaId: string; now: Date; onlineText: string }): string {
  const calendar = ical({ name: options.name, prodId: { company: 'sasaeai', product: 'councils', language: 'JA' } });
  const url = `${options.baseUrl}/areas/${options.areaId}/community`;
  for (const m of meetings) {
    calendar.createEvent({
      id: `meeting-${m.id}@${options.host}`,
      start: m.startsAt,
      end: m.endsAt,
      stamp: options.now,
      summary: [m.councilName, m.title].filter(Boolean).join(' '),
      location: [m.place, m.online ? options.onlineText : ''].filter(Boolean).join(' / ') || null,
      url,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
