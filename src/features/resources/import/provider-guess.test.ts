import { describe, expect, it } from 'vitest';
import { guessProviderType } from './provider-guess.ts';

describe('guessProviderType', () => {
  it('recognises the municipality itself, its offices and the facilities it runs', () => {
    expect(guessProviderType('旭川市', '旭川市')).toBe('government');
    expect(guessProviderType('北海道東川町')).toBe('government');
    expect(guessProviderType('旭川市教育委員会', '旭川市')).toBe('government');
    expect(guessProviderType('東神楽町役場')).toBe('government');
    expect(guessProviderType('旭川市立東光小学校', '旭川市')).toBe('government');
    expect(guessProviderType('旭川市市民活動交流センター', '旭川市')).toBe('government');
  });

  it('puts organisation words before the city name they start with', () => {
    expect(guessProviderType('旭川市社会福祉協議会', '旭川市')).toBe('shakyo');
    expect(guessProviderType('旭川市老人クラブ連合会', '旭川市')).toBe('resident_group');
    expect(guessProviderType('NPO法人 ささえ隊')).toBe('npo');
    expect(guessProviderType('株式会社あさひケア')).toBe('business');
    expect(guessProviderType('社会福祉法人とよおか')).toBe('care_provider');
    expect(guessProviderType('東光ボランティアの会')).toBe('volunteer_group');
  });

  it('says nothing about a name that does not tell', () => {
    expect(guessProviderType('ひだまりの会', '旭川市')).toBeNull();
    expect(guessProviderType('', '旭川市')).toBeNull();
  });
});
