import { safeEqual, sign } from '../../platform/auth/tokens.ts';

export const volunteerLinkDays = 365;

function message(tenantId: string, volunteerId: string, version: number, day: number): string {
  return `volunteer:${tenantId}:${volunteerId}:${version}:${day}`;
}

/** A volunteer's personal link token: `<volunteerId>.<link version>.<expiry day>.<signature>`; raising the version revokes it. */
export function createVolunteerToken(secret: string, tenantId: string, volunteerId: string, version: number, now: Date): string {
  const day = Math.floor(now.getTime() / 86_400_000) + volunteerLinkDays;
  return `${volunteerId}.${version}.${day}.${sign(secret, message(tenantId, volunteerId, version, day))}`;
}

/** The volunteer id and version of a well-signed, unexpired token for this tenant; undefined otherwise, with no reason given. */
export function readVolunteerToken(secret: string, tenantId: string, token: string, now: Date): { volunteerId: string; version: number } | undefined {
  const [volunteerId, version, day, signature] = token.split('.') as [string, string, string, string];
  if (!signature) return undefined;
  if (!safeEqual(signature, sign(secret, message(tenantId, volunteerId, Number(version), Number(day))))) return undefined;
  if (Number(day) < Math.floor(now.getTime() / 86_400_000)) return undefined;
  return { volunteerId, version: Number(version) };
}
