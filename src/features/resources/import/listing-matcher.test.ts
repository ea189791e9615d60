import { describe, expect, it } from 'vitest';
import { listingMatcher } from './listing-matcher.ts';

const listing = (id: string, name: string, externalId: string | null = null) => ({ id, name, externalId });
const ours = '3f0c2b9e-1d2a-4c5b-8e7f-0a1b2c3d4e5f';

describe('listingMatcher', () => {
  const match = listingMatcher([
    listing('a', 'ふれあいサロン'),
    listing('b', 'ふれあいサロン'),
    listing('c', '配食の会', 'K-1'),
    listing(ours, 'かっこの会(旧)'),
    listing('d', '雪かき隊', 'K-2'),
  ]);

  it('matches the file’s own id, then our id from our export’s ID column', () => {
    expect(match({ externalId: 'K-1', name: '違う名前' })?.id).toBe('c');
    expect(match({ externalId: ours, name: '違う名前' })?.id).toBe(ours);
  });

  it('matches by name, folded by NFKC, only listings no file has keyed, the first of two', () => {
    expect(match({ externalId: null, name: 'かっこの会（旧）' })?.id).toBe(ours);
    expect(match({ externalId: null, name: 'ふれあいサロン' })?.id).toBe('a');
    expect(match({ externalId: null, name: '配食の会' })).toBeUndefined();
    // An id the tenant does not know still matches an unkeyed listing of the same name.
    expect(match({ externalId: 'K-9', name: 'ふれあいサロン' })?.id).toBe('a');
  });

  it('prefers a match by id over one by name', () => {
    expect(match({ externalId: 'K-2', name: 'ふれあいサロン' })?.id).toBe('d');
  });
});
