import ical, { ICalEventStatus } from 'ical-generator';
import { translator, type Locale } from '../../../platform/i18n/i18n.ts';
import type { EventWithSessions } from '../management/service.ts';
import type { EventRow } from '../schema.ts';

const statusOf: Partial<Record<EventRow['status'], ICalEventStatus>> = {
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.TENTATIVE,
};

function locationOf(event: EventRow, t: ReturnType<typeof translator>): string {
  const online = [event.liveOnline ? t('events.mgmt.delivery.live') : '', event.onDemand ? t('events.mgmt.delivery.on_demand') : ''].filter(Boolean);
  const venue = event.inPerson ? [event.venueName, event.venueAddress].filter(Boolean).join(' ') : '';
  return [venue, ...online].filter(Boolean).join(' / ');
}

function descriptionOf({ event, sessions }: EventWithSessions, url: string): string {
  const programme = sessions.map((s) => [s.title, ...s.speakers.map((p) => `  ${[p.role, p.name, p.affiliation].filter(Boolean).join(' ')}`)].join('\n'));
  return [event.statusNotice, event.description, programme.join('\n'), url].filter(Boolean).join('\n\n');
}

/**
 * An iCalendar file of events, times as UTC instants (every calendar program
 * shows them in the reader's own zone). A cancelled event stays in the feed as
 * STATUS:CANCELLED so calendars that had it remove it; links to meetings and
 * videos are never in it.
 */
export function eventsCalendar(items: EventWithSessions[], options: { name: string; baseUrl: string; host: string; locale?: Locale; now: Date }): string {
  const t = translator(options.locale ?? 'ja');
  const calendar = ical({ name: options.name, prodId: { company: 'sasaeai', product: 'events', language: 'JA' } });
  for (const item of items) {
    const { event } = item;
    const url = `${options.baseUrl}/events/${event.id}`;
    calendar.createEvent({
      id: `${event.id}@${options.host}`,
      start: event.startsAt,
      end: event.endsAt,
      stamp: options.now,
      lastModified: event.updatedAt,
      summary: event.title,
      description: descriptionOf(item, url),
      location: locationOf(event, t) || null,
      url,
      status: statusOf[event.status] ?? ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
