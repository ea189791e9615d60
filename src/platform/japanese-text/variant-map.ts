// Words people write several ways for the same help. A resident asking about
// 雪はね (Hokkaido for snow clearing) must find the group that listed 除雪, so
// both the stored search text and the query fold each variant to one form.
//
// Write entries as people type them: normalizeForSearch folds each variant
// (width, case, katakana) before use, so ゴミ already covers ｺﾞﾐ. A canonical
// form must not contain any variant, or folding twice would change it again.
// Keep variants specific: a short one like ごみ matches inside longer words.

export type VariantGroup = { canonical: string; variants: readonly string[] };

export const variantGroups: readonly VariantGroup[] = [
  { canonical: 'ごみ', variants: ['ゴミ', 'ごみ', '塵'] },
  { canonical: '買い物', variants: ['買物', '買い物', 'かいもの'] },
  { canonical: '除雪', variants: ['雪かき', '雪はね', 'ゆきかき', 'ゆきはね', '雪掻き', '除雪'] },
  { canonical: '見守り', variants: ['見守り', 'みまもり', '見まもり'] },
  { canonical: '配食', variants: ['配食', '宅配弁当'] },
  { canonical: '草取り', variants: ['草取り', '草とり', 'くさとり', '草むしり', 'くさむしり'] },
  { canonical: '通いの場', variants: ['通いの場', 'かよいの場'] },
];
