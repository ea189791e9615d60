import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personal-data-check.ts';

describe('findPersonalData', () => {
  it('finds nothing in an issue written about the area, not a person', () => {
    expect(findPersonalData('東光地区では移動手段がなく、通いの場に行けない高齢者が多い。送迎の仕組みを検討する。')).toEqual([]);
    expect(findPersonalData('令和3年度に5回話し合い、10月から2か所で始めた。参加者は20人。')).toEqual([]);
    expect(findPersonalData('地域の皆様と話し合いました。')).toEqual([]);
  });

  it('finds phone numbers however they are typed', () => {
    expect(findPersonalData('連絡先 0166-23-0742')).toEqual(['phone']);
    expect(findPersonalData('携帯は０９０１２３４５６７８です')).toEqual(['phone']);
    expect(findPersonalData('電話 0166ー31ー2345 まで')).toEqual(['phone']);
  });

  it('finds postal codes and house-level addresses, but not a district name', () => {
    expect(findPersonalData('〒070-0000 に住む方')).toEqual(['postalCode']);
    expect(findPersonalData('旭川市東光5条3丁目 4-1 の方から')).toEqual(['address']);
    expect(findPersonalData('豊岡3丁目5番地の方')).toEqual(['address']);
    expect(findPersonalData('東光地区と豊岡地区の町内会から')).toEqual([]);
  });

  it('finds e-mail addresses and people addressed by name', () => {
    expect(findPersonalData('hanako@example.jp に連絡')).toEqual(['email']);
    expect(findPersonalData('北野様より相談があった')).toEqual(['personName']);
  });
});
