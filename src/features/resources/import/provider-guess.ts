// Which kind of body runs a listing, when the file names the body but not its
// kind. Open data names the city itself (旭川市), its offices (市役所,
// 教育委員会) and its facilities (旭川市立…, 旭川市…センター); left to the
// default these became 住民主体. Organisation words come first: 旭川市社会福祉協議会
// and 旭川市老人クラブ連合会 start with the city's name but are not the city.
import type { ProviderType } from '../vocabulary.ts';
import { cleanLine } from './clean-text.ts';

const byWords: readonly [RegExp, ProviderType][] = [
  [/社会福祉協議会|社協/, 'shakyo'],
  [/特定非営利活動法人|NPO/i, 'npo'],
  [/株式会社|有限会社|合同会社|合資会社|\(株\)|\(有\)/, 'business'],
  [/医療法人|社会福祉法人/, 'care_provider'],
  [/町内会|自治会|老人クラブ|老人会|住民会|婦人会/, 'resident_group'],
  [/ボランティア/, 'volunteer_group'],
  [/役所|役場|教育委員会|県庁|道庁|都庁|府庁|保健所|保健センター|消防/, 'government'],
  // 市立, 町立, 県立 … : a school, library or hall the municipality runs.
  [/^[^\s]{1,8}?[都道府県市区町村国]立/, 'government'],
  // The whole name is a municipality: 旭川市, 北海道東川町, 札幌市中央区.
  [/^(北海道|[^\s]{2,3}[都府県])?([^\s]{1,6}[市郡])?[^\s]{1,6}[市区町村]$/, 'government'],
];
const publicFacilityWords = /学校|センター|公民館|図書館|会館|体育館|公園|施設|プール|庁舎/;

/** Guesses the provider type from the provider's name and the municipality the row belongs to (its 市区町村名 or 地方公共団体名); null when the name says nothing. */
export function guessProviderType(providerName: string, municipalityName = ''): ProviderType | null {
  const name = cleanLine(providerName);
  const city = cleanLine(municipalityName);
  if (name === '') return null;
  if (city !== '' && name === city) return 'government';
  for (const [pattern, type] of byWords) if (pattern.test(name)) return type;
  if (city !== '' && name.startsWith(city) && publicFacilityWords.test(name)) return 'government';
  return null;
}
