import { safeEqual, sign } from '../../../platform/auth/tokens.ts';

export const providerLinkDays = 60;

/** A signed, expiring link token for one listing's provider: `<resourceId>.<expiry day>.<signature>`. */
export function createProviderToken(secret: string, tenantId: string, resourceId: string, now: Date): string {
  const expiresDay = Math.floor(now.getTime() / 86_400_000) + providerLinkDays;
  return `${resourceId}.${expiresDay}.${sign(secret, `provider:${tenantId}:${resourceId}:${expiresDay}`)}`;
}

/** The listing id of a valid, unexpired token for this tenant; undefined for anything else, with no reason given. */
export function readProviderToken(secret: string, tenantId: string, token: string, now: Date): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [resourceId, day, signature] = parts as [string, string, string];
  if (!/^[0-9a-f-]{36}$/.test(resourceId) || !/^\d{1,7}$/.test(day)) return undefined;
  if (!safeEqual(signature, sign(secret, `provider:${tenantId}:${resourceId}:${day}`))) return undefined;
  if (Number(day) < Math.floor(now.getTime() / 86_400_000)) return undefined;
  return resourceId;
}
