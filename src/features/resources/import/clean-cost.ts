// Cleaning rule for 料金 / 費用 / 料金体系 free text. The file's words are
// always kept as the cost text; the kind and amount are what Sasaeai can
// filter and print by ("無料のもの", "100円").
import type { ImportedCost } from './imported-resource.ts';
import { cleanLine, cleanLineAsWritten } from './clean-text.ts';

const FREE = /無料|無償|参加費なし|会費なし|費用なし|^なし$|^free$/i;
const ACTUAL = /実費/;
// 100円, 1,000円, ¥100 (NFKC turns ￥ into ¥); 円 may be preceded by spaces.
const AMOUNT = /¥\s*(\d[\d,]*)|(\d[\d,]*)\s*円/g;
const MAX_YEN = 1_000_000;

function amountsIn(text: string): number[] {
  return [...text.matchAll(AMOUNT)].map((match) => Number((match[1] ?? match[2]).replace(/,/g, '')));
}

/** Reads a cost: 無料 → free, one amount (100円, 1回100円, ¥100, or a bare number) → yen, 実費 → actual, anything else → text. */
export function parseCost(raw: string): ImportedCost {
  // Parse the NFKC form (１００円, ￥100), keep the file's own spelling.
  const text = cleanLineAsWritten(raw).slice(0, 200);
  const probe = cleanLine(raw);
  if (probe === '') return { kind: 'text', yen: null, text: '' };
  // 料金(基本) in the 推奨データセット is a bare number of yen.
  if (/^\d[\d,]*$/.test(probe)) {
    const yen = Number(probe.replace(/,/g, ''));
    if (yen === 0) return { kind: 'free', yen: null, text };
    return yen <= MAX_YEN ? { kind: 'yen', yen, text } : { kind: 'text', yen: null, text };
  }
  const amounts = amountsIn(probe);
  const isFree = FREE.test(probe);
  const isActual = ACTUAL.test(probe);
  if (amounts.length === 0) {
    // 無料（材料費実費）says both; the text says it better than either kind.
    if (isFree && !isActual) return { kind: 'free', yen: null, text };
    if (isActual && !isFree) return { kind: 'actual', yen: null, text };
  }
  // One amount only: 100円～300円 or 会費500円・材料費200円 stay text rather than pick one.
  if (amounts.length === 1 && amounts[0] === 0) return { kind: 'free', yen: null, text };
  if (amounts.length === 1 && !isFree && amounts[0] <= MAX_YEN) return { kind: 'yen', yen: amounts[0], text };
  return { kind: 'text', yen: null, text };
}
