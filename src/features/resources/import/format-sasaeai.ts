// Sasaeai's own CSV: what the directory exports and what staff fill in by
// hand. Headers are Japanese because coordinators edit it in Excel.
import type { ImportFormat } from './row-draft.ts';
import { splitList } from './clean-text.ts';

/** The columns of Sasaeai's resource CSV, in order (export writes them so). */
export const sasaeaiCsvColumns = [
  '名称', '名称_カナ', '説明', '提供団体', '提供団体種別', '困りごと', '対象', '費用', '日時', '郵便番号', '住所', '方書', '緯度', '経度',
  '地域', '圏域', '電話番号', 'FAX番号', 'メールアドレス', 'URL', '属性', '状態', 'お知らせ', '確認日', '公開', 'ID',
] as const;

/** Sasaeai's own resource CSV; 困りごと and 属性 are 「;」-separated, 公開 is 公開/非公開. */
export const sasaeaiFormat: ImportFormat = {
  id: 'sasaeai',
  columns: sasaeaiCsvColumns,
  // 名称 alone is in every format; 困りごと is what only Sasaeai's own CSV has.
  required: ['名称', '困りごと'],
  toDraft(row) {
    return {
      externalId: row.get('ID'),
      name: row.get('名称'),
      nameReading: row.get('名称_カナ'),
      description: row.get('説明'),
      providerName: row.get('提供団体'),
      providerType: row.get('提供団体種別'),
      needCategoryNames: splitList(row.get('困りごと')),
      target: row.get('対象'),
      cost: row.get('費用'),
      scheduleParts: [{ dayText: row.get('日時') }],
      postalCode: row.get('郵便番号'),
      address: row.get('住所'),
      building: row.get('方書'),
      latitude: row.get('緯度'),
      longitude: row.get('経度'),
      areaName: row.get('地域'),
      districtName: row.get('圏域'),
      phone: row.get('電話番号'),
      fax: row.get('FAX番号'),
      email: row.get('メールアドレス'),
      url: row.get('URL'),
      attributeNames: splitList(row.get('属性')),
      status: row.get('状態'),
      statusNotice: row.get('お知らせ'),
      confirmedOn: row.get('確認日'),
      published: row.get('公開'),
    };
  },
};
