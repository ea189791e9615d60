import { describe, expect, it } from 'vitest';
import { buildResource } from './build-resource.ts';
import { emptyDraft, type RowDraft } from './row-draft.ts';
import { defaultNeedCategoryNames, needCategoryMatcher } from './vocabulary-text.ts';

const build = (fields: Partial<RowDraft>, extra: RowDraft['notes'] = []) =>
  buildResource({ ...emptyDraft(), name: 'サロン', ...fields }, extra, { matchNeedCategories: needCategoryMatcher(defaultNeedCategoryNames) });
const keys = (fields: Partial<RowDraft>) => build(fields).problems.map((p) => p.messageKey);

describe('buildResource', () => {
  it('builds a minimal resource with defaults: active, publication left unsaid, no cost', () => {
    expect(build({}).resource).toMatchObject({ name: 'サロン', status: 'active', isPublished: null, cost: { kind: 'text', yen: null, text: '' }, externalId: null });
  });

  it('keeps an invalid phone number in notes with a warning, not a row error', () => {
    const { resource, problems } = build({ phone: '123' });
    expect(resource).toMatchObject({ phone: '', notes: '電話番号: 123' });
    expect(problems).toEqual([{ field: 'phone', messageKey: 'import.invalidPhone', severity: 'warning' }]);
  });

  it('keeps extra numbers of a phone cell in notes without a warning', () => {
    const { resource, problems } = build({ phone: '0166-23-0742、090-1234-5678' });
    expect(resource).toMatchObject({ phone: '0166-23-0742', notes: '電話番号: 090-1234-5678' });
    expect(problems).toEqual([]);
  });

  it('keeps an e-mail from the URL column in notes when the e-mail field is already filled', () => {
    const { resource, problems } = build({ email: 'a@example.jp', url: 'b@example.jp' });
    expect(resource).toMatchObject({ email: 'a@example.jp', url: '', notes: 'メールアドレス: b@example.jp' });
    expect(problems).toEqual([]);
  });

  it('warns about URL, e-mail and postal code cells it cannot read', () => {
    expect(keys({ url: '準備中', email: 'なし', postalCode: '未定' })).toEqual(['import.invalidPostalCode', 'import.invalidEmail', 'import.invalidUrl']);
  });

  it('warns about unknown vocabulary words and falls back to the defaults', () => {
    const { resource, problems } = build({ status: '様子見', published: '検討中', providerType: '謎' });
    expect(resource).toMatchObject({ status: 'active', isPublished: false, providerType: null });
    expect(problems.map((p) => [p.messageKey, p.params?.value])).toEqual([
      ['import.unknownProviderType', '謎'],
      ['import.unknownStatus', '様子見'],
      ['import.unknownPublished', '検討中'],
    ]);
  });

  it('blanks a reading with kanji in it, keeping the original in notes', () => {
    const { resource, problems } = build({ nameReading: 'NPOさろん会' });
    expect(resource).toMatchObject({ nameReading: '', notes: 'ふりがな: NPOさろん会' });
    expect(problems.map((p) => p.messageKey)).toEqual(['import.invalidReading']);
  });

  it('joins お知らせ and a winter closure from 備考, cutting a notice too long for the field', () => {
    expect(build({ statusNotice: '会場変更', remarks: '冬季休止' }).resource?.statusNotice).toBe('会場変更、冬季休止');
    const long = 'お'.repeat(120);
    const { resource } = build({ statusNotice: long });
    expect(resource?.statusNotice).toHaveLength(100);
    expect(resource?.notes).toBe(`お知らせ: ${long}`);
  });

  it('keeps a cost text too long for its field in notes', () => {
    const long = `1回100円。${'説明'.repeat(120)}`;
    const { resource } = build({ cost: long });
    expect(resource?.cost.text).toHaveLength(200);
    expect(resource?.notes).toBe(`費用: ${long}`);
  });

  it('writes notes and extra notes as 「見出し: 値」 lines', () => {
    const { resource } = build({ notes: [{ label: '定員', value: '20' }] }, [{ label: '区', value: '中央' }, { label: '連絡', value: '電話（改行）FAX' }]);
    expect(resource).toMatchObject({ notes: '定員: 20', extraNotes: '区: 中央\n連絡: 電話\nFAX' });
  });

  it('keeps the name and provider as typed, brackets and full-width letters included, widening only half-width kana', () => {
    expect(build({ name: 'ふれあいサロン（東光）', providerName: 'ＮＰＯ法人ｸﾞﾘｰﾝ' }).resource).toMatchObject({ name: 'ふれあいサロン（東光）', providerName: 'ＮＰＯ法人グリーン' });
  });

  it('returns no resource and an error when the name is empty', () => {
    expect(build({ name: '　' })).toEqual({ resource: null, problems: [{ field: 'name', messageKey: 'import.missingName', severity: 'error' }] });
  });
});
