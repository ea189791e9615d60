import { describe, expect, it } from 'vitest';
import { canAnswer, canRaise, progressFor, resolvedOnFor } from './issue-rules.ts';

describe('issue rules', () => {
  it('uses the typed progress, the status default without one, and always 100 when resolved', () => {
    expect(progressFor('working', 45)).toBe(45);
    expect(progressFor('discussing', null)).toBe(30);
    expect(progressFor('resolved', 20)).toBe(100);
  });

  it('dates the resolution once and clears it when the issue is reopened', () => {
    expect(resolvedOnFor('resolved', { status: 'working', resolvedOn: null }, '2026-11-23')).toBe('2026-11-23');
    expect(resolvedOnFor('resolved', { status: 'resolved', resolvedOn: '2026-05-01' }, '2026-11-23')).toBe('2026-05-01');
    expect(resolvedOnFor('working', { status: 'resolved', resolvedOn: '2026-05-01' }, '2026-11-23')).toBeNull();
  });

  it('raises only from a 第2層 council, once, and answers only what was raised', () => {
    expect(canRaise({ councilId: 'c2', raisedFromCouncilId: null }, { tiers: [2] })).toBe(true);
    expect(canRaise({ councilId: 'c2', raisedFromCouncilId: 'x' }, { tiers: [2] })).toBe(false);
    expect(canRaise({ councilId: 'c1', raisedFromCouncilId: null }, { tiers: [1, 2] })).toBe(false);
    expect(canRaise({ councilId: null, raisedFromCouncilId: null }, undefined)).toBe(false);
    expect(canAnswer({ raisedFromCouncilId: 'c2' })).toBe(true);
    expect(canAnswer({ raisedFromCouncilId: null })).toBe(false);
  });
});
