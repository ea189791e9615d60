import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/context/service-context.ts';
import { canEditActivity, countByType, minutesFrom, orderedTypeCounts } from './activity-rules.ts';

const actor = (role: Actor['role']): Actor => ({ id: 'u1', tenantId: 't1', email: '', displayName: '', role, areaIds: [] });

describe('counting coordinator activities by type', () => {
  it('counts an activity of two types once under each, and lists every type in the fixed order', () => {
    const counts = countByType([{ types: ['needs', 'business'] }, { types: ['business'] }, { types: ['matching'] }]);
    expect(counts.map((c) => c.type)).toEqual(['needs', 'resources', 'development', 'sharing', 'business', 'workforce', 'matching']);
    expect(Object.fromEntries(counts.map((c) => [c.type, c.count]))).toEqual({ needs: 1, resources: 0, development: 0, sharing: 0, business: 2, workforce: 0, matching: 1 });
  });

  it('never counts one activity twice under the same type', () => {
    expect(countByType([{ types: ['needs', 'needs'] }]).find((c) => c.type === 'needs')!.count).toBe(1);
  });

  it('leaves out codes that are no longer on the list', () => {
    expect(orderedTypeCounts([{ type: 'retired', count: 3 }, { type: 'sharing', count: 2 }]).filter((c) => c.count)).toEqual([{ type: 'sharing', count: 2 }]);
  });
});

describe('who may change an entry', () => {
  it('lets an admin change any entry', () => {
    expect(canEditActivity(actor('admin'), { coordinatorId: 'c2' }, [])).toBe(true);
  });

  it('lets a coordinator change only the entries of their own coordinator record', () => {
    expect(canEditActivity(actor('coordinator'), { coordinatorId: 'c1' }, ['c1'])).toBe(true);
    expect(canEditActivity(actor('coordinator'), { coordinatorId: 'c2' }, ['c1'])).toBe(false);
  });

  it('never lets the staff role or an anonymous visitor change one', () => {
    expect(canEditActivity(actor('staff'), { coordinatorId: 'c1' }, ['c1'])).toBe(false);
    expect(canEditActivity(null, { coordinatorId: 'c1' }, ['c1'])).toBe(false);
  });
});

describe('time spent', () => {
  it('is stored as minutes, and as nothing when both fields were left empty', () => {
    expect(minutesFrom(1, 30)).toBe(90);
    expect(minutesFrom(null, 45)).toBe(45);
    expect(minutesFrom(2, null)).toBe(120);
    expect(minutesFrom(null, null)).toBeNull();
  });
});
