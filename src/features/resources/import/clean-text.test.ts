import { describe, expect, it } from 'vitest';
import {
  cleanLine,
  cleanLineAsWritten,
  cleanMultiline,
  cleanReading,
  padDigits,
  padMunicipalityCode,
  parseFlag,
  parseImportDate,
  restoreLineBreaks,
  splitList,
  widenHalfwidthKana,
} from './clean-text.ts';

describe('restoreLineBreaks', () => {
  it('turns the 通いの場 「（改行）」 marker, (改行), <br> and CR LF into newlines', () => {
    expect(restoreLineBreaks('百歳体操（改行）お茶会(改行)脳トレ<br/>散歩\r\n終わり')).toBe('百歳体操\nお茶会\n脳トレ\n散歩\n終わり');
  });
});

describe('names and one-line text', () => {
  it('applies NFKC to names, so half-width kana widen and full-width letters narrow', () => {
    expect(cleanLine('はこだてｸﾞﾘｰﾝﾌﾟﾗｻﾞ')).toBe('はこだてグリーンプラザ');
    expect(cleanLine('ＮＨＫ広場')).toBe('NHK広場');
    expect(cleanLine('函館公園（裏門横）')).toBe('函館公園(裏門横)');
  });

  it('folds line breaks, full-width spaces and runs of spaces into one space and trims', () => {
    expect(cleanLine('  東光（改行）ふれあい\u3000\u3000サロン ')).toBe('東光 ふれあい サロン');
  });

  it('drops control characters that the listing form would refuse', () => {
    expect(cleanLine('サロン\u0007あさひ\u202E')).toBe('サロンあさひ');
  });

  it('keeps full-width punctuation as written in text shown to residents', () => {
    expect(cleanLineAsWritten('1回100円～300円（材料費）')).toBe('1回100円～300円（材料費）');
    expect(widenHalfwidthKana('ｽﾉｰ ABC（）')).toBe('スノー ABC（）');
  });

  it('keeps line breaks in free text but trims line ends and long blank runs', () => {
    expect(cleanMultiline('お茶会　\r\n\r\n\r\n\r\nｶﾗｵｹ（改行）あり ')).toBe('お茶会\n\nカラオケ\nあり');
  });
});

describe('cleanReading', () => {
  it('stores a reading in hiragana, NFKC-widened, as typed readings are', () => {
    expect(cleanReading('ﾊｺﾀﾞﾃｸﾞﾘｰﾝﾌﾟﾗｻﾞ')).toEqual({ value: 'はこだてぐりーんぷらざ', isValid: true });
    expect(cleanReading('とうこうさろん')).toEqual({ value: 'とうこうさろん', isValid: true });
  });

  it('turns brackets and punctuation into spaces, because a reading holds no marks', () => {
    expect(cleanReading('ハコダテコウエン（ウラモンヨコ）').value).toBe('はこだてこうえん うらもんよこ');
    expect(cleanReading('シセキ：シノリタテアト').value).toBe('しせき しのりたてあと');
    expect(cleanReading('ヤマダ・タロウ').value).toBe('やまだ・たろう');
  });

  it('keeps digits and Latin letters, NFKC-narrowed', () => {
    expect(cleanReading('シンジョウ１ゴウリョクチ')).toEqual({ value: 'しんじょう1ごうりょくち', isValid: true });
    expect(cleanReading('ＮＰＯササエタイ')).toEqual({ value: 'NPOささえたい', isValid: true });
  });

  it('gives up on a reading with kanji', () => {
    expect(cleanReading('NPOささえ隊')).toEqual({ value: '', isValid: false });
    expect(cleanReading('')).toEqual({ value: '', isValid: true });
  });
});

describe('parseFlag', () => {
  it.each(['1', '有', 'あり', '有り', '○', '〇', '可', 'TRUE', '１'])('reads %s as yes', (word) => {
    expect(parseFlag(word)).toBe(true);
  });

  it.each(['0', '無', 'なし', '無し', '×', '不可', 'false', '－'])('reads %s as no', (word) => {
    expect(parseFlag(word)).toBe(false);
  });

  it('returns null for an empty cell or a word that is not a flag', () => {
    expect(parseFlag('')).toBeNull();
    expect(parseFlag('要相談')).toBeNull();
  });
});

describe('splitList', () => {
  it('splits on 「;」 and its full-width and Japanese cousins, dropping empty items', () => {
    expect(splitList('買い物; 通院・外出；；ゴミ出し、見守り')).toEqual(['買い物', '通院・外出', 'ゴミ出し', '見守り']);
  });
});

describe('padMunicipalityCode', () => {
  it('keeps 6-digit and 5-digit codes as they are', () => {
    expect(padMunicipalityCode('012025')).toBe('012025');
    expect(padMunicipalityCode('13101')).toBe('13101');
  });

  it('restores the leading zero of a 6-digit code whose check digit then fits', () => {
    expect(padMunicipalityCode('12025')).toBe('012025'); // 函館市
    expect(padMunicipalityCode('12041')).toBe('012041'); // 旭川市
  });

  it('treats a 5-digit value starting with 5–9 as a 6-digit code, since no prefecture is numbered 50 or above', () => {
    expect(padMunicipalityCode('90000')).toBe('090000');
  });

  it('pads a 4-digit value to a 5-digit code and refuses what is not a code', () => {
    expect(padMunicipalityCode('1202')).toBe('01202');
    expect(padMunicipalityCode('函館市')).toBeNull();
    expect(padMunicipalityCode('')).toBeNull();
  });
});

describe('padDigits', () => {
  it('restores zeros a spreadsheet dropped from fixed-length numbers', () => {
    expect(padDigits('788359', 7)).toBe('0788359');
    expect(padDigits('170100123', 10)).toBe('0170100123');
  });

  it('leaves values far from the length, or not all digits, alone', () => {
    expect(padDigits('123', 7)).toBe('123');
    expect(padDigits('078-8359', 7)).toBe('078-8359');
  });
});

describe('parseImportDate', () => {
  it.each([
    ['2021-09-18', '2021-09-18'],
    ['2021/9/8', '2021-09-08'],
    ['２０２１年９月１８日', '2021-09-18'],
    ['令和3年9月18日', '2021-09-18'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['R3.9.18', '2021-09-18'],
  ])('reads %s', (text, expected) => {
    expect(parseImportDate(text)).toBe(expected);
  });

  it('returns null for an empty cell and invalid for a day that does not exist', () => {
    expect(parseImportDate(' ')).toBeNull();
    expect(parseImportDate('2021-02-30')).toBe('invalid');
    expect(parseImportDate('そのうち')).toBe('invalid');
  });
});
