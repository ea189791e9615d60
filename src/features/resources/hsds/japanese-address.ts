import { prefectures } from '../../../platform/japanese-text/prefectures.ts';

// HSDS addresses have separate state_province, city and address_1 fields,
// while a listing keeps its address on one line, written from the
// prefecture down (「北海道旭川市5条通4丁目」). This splits that line.

// The shortest name ending in 市・区・町・村 is right for almost every
// municipality; these have one of those characters inside the name.
const awkwardMunicipalities = ['四日市市', '廿日市市', '野々市市', '上市町', '余市町', '十日町市', '大町市', '大町町', '羽村市', '大村市', '田村市', '玉村町', '東村山市', '武蔵村山市'];

const county = /^(.{1,6}?郡)/;
const municipality = /^(.{1,5}?[市区町村])/;
// The ward of a 政令指定都市 (札幌市中央区): no digits before the 区.
const ward = /^([^0-9０-９]{1,4}?区)/;

export type AddressParts = { prefecture: string; city: string; rest: string };

/** Splits a one-line Japanese address into prefecture, city (郡, 市区町村 and 政令市の区) and the rest. */
export function splitJapaneseAddress(address: string): AddressParts {
  const text = address.trim();
  const prefecture = prefectures.find((name) => text.startsWith(name)) ?? '';
  let rest = text.slice(prefecture.length);
  let city = '';
  const take = (part: string) => {
    city += part;
    rest = rest.slice(part.length);
  };

  const countyName = county.exec(rest)?.[1];
  if (countyName && municipality.test(rest.slice(countyName.length))) take(countyName);
  const awkward = awkwardMunicipalities.find((name) => rest.startsWith(name));
  const name = awkward ?? municipality.exec(rest)?.[1];
  if (!name) return { prefecture, city, rest: rest.trim() };
  take(name);
  if (city.endsWith('市')) {
    const wardName = ward.exec(rest)?.[1];
    if (wardName) take(wardName);
  }
  return { prefecture, city, rest: rest.trim() };
}
