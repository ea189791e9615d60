import { describe, expect, it } from 'vitest';
import { splitJapaneseAddress } from './japanese-address.ts';

describe('splitting a Japanese address for HSDS', () => {
  it.each([
    ['北海道旭川市5条通4丁目', '北海道', '旭川市', '5条通4丁目'],
    ['北海道札幌市中央区北1条西2丁目', '北海道', '札幌市中央区', '北1条西2丁目'],
    ['東京都千代田区霞が関1-2-2', '東京都', '千代田区', '霞が関1-2-2'],
    ['北海道上川郡東川町東町1丁目', '北海道', '上川郡東川町', '東町1丁目'],
    ['三重県四日市市諏訪町1-5', '三重県', '四日市市', '諏訪町1-5'],
    ['東京都東村山市本町1-2-3', '東京都', '東村山市', '本町1-2-3'],
    ['北海道余市郡余市町朝日町4', '北海道', '余市郡余市町', '朝日町4'],
    ['千葉県市川市八幡1-1-1', '千葉県', '市川市', '八幡1-1-1'],
    ['東京都町田市森野2-2-22', '東京都', '町田市', '森野2-2-22'],
    ['宮崎県宮崎市村角町1', '宮崎県', '宮崎市', '村角町1'],
    ['奈良県大和郡山市北郡山町248-4', '奈良県', '大和郡山市', '北郡山町248-4'],
    ['福島県郡山市朝日1-23-7', '福島県', '郡山市', '朝日1-23-7'],
  ])('splits %s', (address, prefecture, city, rest) => {
    expect(splitJapaneseAddress(address)).toEqual({ prefecture, city, rest });
  });

  it('keeps a line without a prefecture or municipality whole, as the rest', () => {
    expect(splitJapaneseAddress('旭川市5条通4丁目')).toEqual({ prefecture: '', city: '旭川市', rest: '5条通4丁目' });
    expect(splitJapaneseAddress('5条通4丁目')).toEqual({ prefecture: '', city: '', rest: '5条通4丁目' });
    expect(splitJapaneseAddress('')).toEqual({ prefecture: '', city: '', rest: '' });
  });
});
