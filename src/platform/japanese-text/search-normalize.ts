// One folding for Japanese search, applied both to the stored search_text and
// to the query, so 全角/半角, ひらがな/カタカナ and common variants match.
import { variantGroups } from './variant-map.ts';

const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 100;
// Enough for ten full terms and their spaces; a longer query is not a search,
// and cutting it first keeps a pasted megabyte from being folded at all.
const MAX_QUERY_LENGTH = 2_000;

// Characters with no width that would split a word invisibly (zero-width
// space, word joiner, soft hyphen) are removed rather than turned into spaces.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
// PostgreSQL refuses text with an unpaired surrogate, so one must never reach
// search_text; they come from cut-off strings and broken clients.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITESPACE = /\s+/g;
const CONTROL = /\p{Cc}/gu;

function foldText(text: string): string {
  const cleaned = text
    .replace(LONE_SURROGATE, '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    // Whitespace before control characters: tabs and newlines separate words.
    .replace(WHITESPACE, ' ')
    .replace(CONTROL, '')
    .toLowerCase();
  return katakanaToHiragana(cleaned).replace(WHITESPACE, ' ').trim();
}

// The katakana wanakana's toHiragana (passRomaji, convertLongVowelMark off)
// shifts to hiragana: ァ–ヴ and ヷ–ヺ; ヵ, ヶ (used as symbols), ・ and ー stay,
// so スーパー and a typed すーぱー still match. One regular expression
// instead of wanakana's character-by-character array copy, which cost
// seconds on a 10,000-row import.
const KATAKANA = /[\u30A1-\u30F4\u30F7-\u30FA]/g;
const KATAKANA_TO_HIRAGANA = 0x3041 - 0x30a1;

/** Katakana to hiragana exactly as wanakana's toHiragana with passRomaji and no long-vowel conversion (tested against it). */
export function katakanaToHiragana(text: string): string {
  return text.replace(KATAKANA, (char) => String.fromCharCode(char.charCodeAt(0) + KATAKANA_TO_HIRAGANA));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildVariantIndex(): { pattern: RegExp | null; canonicalOf: Map<string, string> } {
  const canonicalOf = new Map<string, string>();
  for (const group of variantGroups) {
    const canonical = foldText(group.canonical);
    for (const variant of group.variants) {
      const folded = foldText(variant);
      if (folded !== '' && folded !== canonical) canonicalOf.set(folded, canonical);
    }
  }
  // Longest first: alternation takes the first alternative that matches, so
  // 雪かき must be tried before any shorter variant it contains.
  const alternatives = [...canonicalOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'gu') : null;
  return { pattern, canonicalOf };
}

const variantIndex = buildVariantIndex();

/** Folds text for search: NFKC, lower case, katakana to hiragana, single spaces, variants to one form. */
export function normalizeForSearch(text: string): string {
  const folded = foldText(text);
  const { pattern, canonicalOf } = variantIndex;
  if (pattern === null) return folded;
  // One pass, so a replacement is never itself replaced.
  return folded.replace(pattern, (variant) => canonicalOf.get(variant) ?? variant);
}

/** Splits a query into at most 10 distinct normalised terms of at most 100 characters each. */
export function searchTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of normalizeForSearch(query.slice(0, MAX_QUERY_LENGTH)).split(' ')) {
    if (word === '') continue;
    // By code point, so an emoji at the cut is kept whole or dropped whole.
    terms.add(Array.from(word).slice(0, MAX_TERM_LENGTH).join(''));
    if (terms.size === MAX_TERMS) break;
  }
  return [...terms];
}
