import { safeEqual, sign } from '../../../platform/auth/tokens.ts';

/**
 * An applicant's personal link token: `<registrationId>.<signature>`. It needs
 * no storage; it stops working when the event's links expire (see
 * `personalLinkExpiresAt`), and a changed character makes it unreadable.
 */
export function createRegistrationToken(secret: string, tenantId: string, registrationId: string): string {
  return `${registrationId}.${sign(secret, `registration:${tenantId}:${registrationId}`)}`;
}

/** The registration id of a well-signed token for this tenant; undefined for anything else. */
export function readRegistrationToken(secret: string, tenantId: string, token: string): string | undefined {
  const [id, signature, extra] = token.split('.');
  if (extra !== undefined || !id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return safeEqual(signature, sign(secret, `registration:${tenantId}:${id}`)) ? id : undefined;
}

const linkDaysAfterEvent = 60;

/** Personal links work until 60 days after the event (or after its on-demand window, if later). */
export function personalLinkExpiresAt(event: { endsAt: Date; onDemandUntil: Date | null }): Date {
  const last = event.onDemandUntil && event.onDemandUntil > event.endsAt ? event.onDemandUntil : event.endsAt;
  return new Date(last.getTime() + linkDaysAfterEvent * 86_400_000);
}
