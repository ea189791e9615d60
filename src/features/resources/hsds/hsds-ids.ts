// HSDS wants a UUID on every object, but a listing stores its place, phones,
// costs and schedule inline. Those objects get name-based (version 5) UUIDs
// from the listing's id, so they stay the same from one export to the next
// and a consumer can update rather than duplicate them.
import { createHash } from 'node:crypto';

// Sasaeai's own namespace, so these ids never collide with other v5 UUIDs.
const namespace = Buffer.from('eaba7304-8565-44dc-b6a0-0216d6ba6975'.replaceAll('-', ''), 'hex');

/** A stable UUID (RFC 4122 version 5) for an object derived from `parentId`, e.g. derivedId(id, 'phone', 0). */
export function derivedId(parentId: string, kind: string, index: number | string = 0): string {
  const bytes = createHash('sha1').update(namespace).update(`${parentId}:${kind}:${index}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of a tenant's 困りごと taxonomy (one per tenant). */
export function taxonomyIdOf(tenantId: string): string {
  return derivedId(tenantId, 'taxonomy');
}

/** The id of a listing's one service_at_location. */
export function serviceAtLocationIdOf(resourceId: string): string {
  return derivedId(resourceId, 'service_at_location');
}

/** The id of a listing's one location. */
export function locationIdOf(resourceId: string): string {
  return derivedId(resourceId, 'location');
}
