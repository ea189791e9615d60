// Which existing listing an import row stands for, so re-importing a file
// updates instead of duplicating: the file's own id (or ours, from our
// export's ID column), else the same name on a listing no file has keyed.
import type { ResourceRow } from '../repository.ts';

type Candidate = Pick<ResourceRow, 'id' | 'externalId' | 'name'>;

/**
 * Indexes the candidate listings once (a 10,000-row re-import compared every
 * row with every listing before): by external id, by our id, and by NFKC'd
 * name for listings without an external id. A match by id wins over one by
 * name; among equals the first candidate wins, so order them.
 */
export function listingMatcher<T extends Candidate>(candidates: T[]): (row: { externalId: string | null; name: string }) => T | undefined {
  const byExternalId = new Map<string, T>();
  const byId = new Map<string, T>();
  const byName = new Map<string, T>();
  for (const candidate of candidates) {
    byId.set(candidate.id, candidate);
    if (candidate.externalId) {
      if (!byExternalId.has(candidate.externalId)) byExternalId.set(candidate.externalId, candidate);
    } else {
      const name = candidate.name.normalize('NFKC');
      if (!byName.has(name)) byName.set(name, candidate);
    }
  }
  return ({ externalId, name }) => (externalId ? (byExternalId.get(externalId) ?? byId.get(externalId)) : undefined) ?? byName.get(name.normalize('NFKC'));
}
