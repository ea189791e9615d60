import { describe, expect, it } from 'vitest';
import {
  attributesFromNames,
  defaultNeedCategoryNames,
  needCategoryMatcher,
  needCategoryNamesFromActivity,
  providerTypeFromText,
  publishedFromText,
  statusFromText,
} from './vocabulary-text.ts';

describe('attributesFromNames', () => {
  it('reads the Sasaeai CSV words, the catalog labels and the codes', () => {
    expect(attributesFromNames(['送迎あり', 'バリアフリー', '予約要', '飲食あり', '駐車場', '介護保険外']).attributes).toEqual([
      'transport',
      'barrier_free',
      'reservation_required',
      'meals',
      'parking',
      'outside_care_insurance',
    ]);
    expect(attributesFromNames(['予約が必要', '駐車場あり', 'transport']).attributes).toEqual(['reservation_required', 'parking', 'transport']);
  });

  it('returns words it does not know', () => {
    expect(attributesFromNames(['ペット可', 'ﾊﾞﾘｱﾌﾘｰ'])).toEqual({ attributes: ['barrier_free'], unknown: ['ペット可'] });
  });
});

describe('providerTypeFromText', () => {
  it('reads catalog labels, synonyms and codes', () => {
    expect(providerTypeFromText('住民主体')).toBe('resident_group');
    expect(providerTypeFromText('NPO法人')).toBe('npo');
    expect(providerTypeFromText('社会福祉協議会')).toBe('shakyo');
    expect(providerTypeFromText('care_provider')).toBe('care_provider');
  });

  it('returns null when empty and unknown for other words', () => {
    expect(providerTypeFromText('')).toBeNull();
    expect(providerTypeFromText('謎の団体')).toBe('unknown');
  });
});

describe('statusFromText', () => {
  it('reads Japanese words and HSDS statuses, empty meaning active', () => {
    expect(statusFromText('活動中')).toBe('active');
    expect(statusFromText('休止中')).toBe('temporarily_closed');
    expect(statusFromText('temporarily closed')).toBe('temporarily_closed');
    expect(statusFromText('終了')).toBe('defunct');
    expect(statusFromText('')).toBe('active');
    expect(statusFromText('たぶん')).toBe('unknown');
  });
});

describe('publishedFromText', () => {
  it('reads 公開/非公開 and yes/no flags; empty is not published', () => {
    expect(publishedFromText('公開')).toBe(true);
    expect(publishedFromText('非公開')).toBe(false);
    expect(publishedFromText('1')).toBe(true);
    expect(publishedFromText('')).toBe(false);
    expect(publishedFromText('検討中')).toBeNull();
  });
});

describe('needCategoryNamesFromActivity', () => {
  it('maps 通いの場 activity groups to the default 困りごと names', () => {
    expect(needCategoryNamesFromActivity('いきいき百歳体操')).toEqual(['健康づくり・体操']); // 体操・運動
    expect(needCategoryNamesFromActivity('脳トレ')).toEqual(['健康づくり・体操']); // 介護・認知症予防
    expect(needCategoryNamesFromActivity('茶話会')).toEqual(['交流・サロン']); // 交流・茶話
    expect(needCategoryNamesFromActivity('会食')).toEqual(['食事・配食']); // 食事・栄養
    expect(needCategoryNamesFromActivity('ｶﾗｵｹ・囲碁')).toEqual(['趣味・生きがい']); // 趣味・文化
  });

  it('gives several names for several activities and none for その他', () => {
    expect(needCategoryNamesFromActivity('体操とお茶会')).toEqual(['健康づくり・体操', '交流・サロン']);
    expect(needCategoryNamesFromActivity('清掃活動')).toEqual([]);
  });
});

describe('needCategoryMatcher', () => {
  it('matches across kana, width and variants, and returns names spelled as in the list', () => {
    expect(needCategoryMatcher(defaultNeedCategoryNames)(['雪かき', 'ごみ出し', 'カイモノ'])).toEqual({ names: ['除雪', 'ゴミ出し', '買い物'], unknown: [] });
  });

  it('matches one part of a 「・」 name', () => {
    expect(needCategoryMatcher(defaultNeedCategoryNames)(['体操', 'サロン']).names).toEqual(['健康づくり・体操', '交流・サロン']);
  });

  it('returns names that are not in the list as unknown, against the tenant’s own list when given', () => {
    expect(needCategoryMatcher(defaultNeedCategoryNames)(['ヨガ']).unknown).toEqual(['ヨガ']);
    expect(needCategoryMatcher(['ヨガ・ストレッチ'])(['ヨガ', '買い物'])).toEqual({ names: ['ヨガ・ストレッチ'], unknown: ['買い物'] });
  });
});
