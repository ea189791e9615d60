import { describe, expect, it } from 'vitest';
import { canChangeRequestStatus, isOpenRequest } from './request-rules.ts';
import { residentSearchTerms, residentSearchText } from './resident-search.ts';

describe('help request status transitions', () => {
  it('follows 受付 → 調整中 → マッチング済 → 活動中 → 終了', () => {
    expect(canChangeRequestStatus('received', 'coordinating')).toBe(true);
    expect(canChangeRequestStatus('coordinating', 'matched')).toBe(true);
    expect(canChangeRequestStatus('matched', 'active')).toBe(true);
    expect(canChangeRequestStatus('active', 'closed')).toBe(true);
  });

  it('goes back to 調整中 when a match falls through, and ends any open request as 対応できず', () => {
    expect(canChangeRequestStatus('matched', 'coordinating')).toBe(true);
    expect(canChangeRequestStatus('received', 'unmet')).toBe(true);
    expect(canChangeRequestStatus('coordinating', 'unmet')).toBe(true);
  });

  it('never reopens a closed or unmet request, nor jumps to 終了 before any activity', () => {
    expect(canChangeRequestStatus('closed', 'coordinating')).toBe(false);
    expect(canChangeRequestStatus('unmet', 'received')).toBe(false);
    expect(canChangeRequestStatus('received', 'closed')).toBe(false);
    expect(isOpenRequest('closed')).toBe(false);
    expect(isOpenRequest('matched')).toBe(true);
  });
});

describe('resident search text', () => {
  it('folds names and readings to hiragana and keeps phone digits only', () => {
    const text = residentSearchText({ name: '目黒 トメ', nameReading: 'メグロ トメ', phone: '0166-32-1111' });
    expect(text).toContain('めぐろとめ');
    expect(text).toContain('目黒とめ');
    expect(text).toContain('0166321111');
  });

  it('reads a typed phone number as digits whatever its width or hyphens', () => {
    expect(residentSearchTerms('０１６６－３２－１１１１')).toEqual(['0166321111']);
    expect(residentSearchTerms('0166 32 1111')).toEqual(['0166321111']);
    expect(residentSearchTerms('メグロ')).toEqual(['めぐろ']);
  });
});
