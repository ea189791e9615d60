import { excelCsv } from '../../../platform/csv/excel-csv.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { translator } from '../../../platform/i18n/i18n.ts';
import * as areasService from '../../areas/service.ts';
import { attributeCsvLabels } from '../import/vocabulary-text.ts';
import { sasaeaiCsvColumns } from '../import/format-sasaeai.ts';
import { costText, scheduleText } from '../listing-text.ts';
import { searchResources, type ResourceDetail } from '../service.ts';

import type { ExportEncoding, ExportFormat } from './export-formats.ts';

// The 推奨データセット 公共施設一覧 header, in the model's order.
const publicFacilityColumns = [
  '都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '名称', '名称_カナ', '名称_通称', 'POIコード', '住所', '方書', '緯度', '経度',
  '電話番号', '内線番号', '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '説明', 'バリアフリー情報', 'URL', '備考',
] as const;

const everything = 100_000;
const weekdayNames = ['日', '月', '火', '水', '木', '金', '土'];

/**
 * Listings as CSV that Excel opens: UTF-8 with a BOM, or Shift_JIS (CP932).
 * Sasaeai's own format reads back through the importer unchanged; the
 * 推奨データセット format is the open-data publication.
 */
export async function exportResourcesCsv(ctx: ServiceContext, format: ExportFormat, encoding: ExportEncoding, options: { includeDrafts: boolean }): Promise<Buffer> {
  const t = translator('ja');
  const words = { t, locale: 'ja' as const };
  const result = await searchResources(ctx, { q: '', free: false, transport: false, target: '', sort: 'reading', perPage: everything }, { includeDrafts: options.includeDrafts, exactCounts: true });
  const areas = await areasService.findAreasWithDistricts(ctx);
  const areaName = (id: string | null) => areas.find((a) => a.id === id)?.name ?? '';
  const districtName = (id: string | null) => areas.flatMap((a) => a.districts).find((d) => d.id === id)?.name ?? '';
  const categoryNames = (r: ResourceDetail) => result.categories.filter((c) => r.categoryIds.includes(c.id)).map((c) => c.name);
  const rows =
    format === 'sasaeai'
      ? result.results.map((r) => [
          r.name, r.nameReading, r.description, r.provider?.name ?? '', r.provider ? t(`resources.providerType.${r.provider.providerType}`) : '',
          categoryNames(r).join(';'), r.target, costText(words, r), scheduleText(words, r), r.postalCode, r.address, r.building,
          r.latitude ?? '', r.longitude ?? '', areaName(r.areaId), districtName(r.districtId), r.phone, r.fax, r.email, r.url,
          r.attributes.map((a) => attributeCsvLabels[a as keyof typeof attributeCsvLabels]).join(';'), t(`resources.status.${r.status}`),
          r.statusNotice, r.confirmedOn ?? '', r.isPublished ? '公開' : '非公開', r.id,
        ])
      : result.results.map((r, index) => {
          const rule = r.schedule.rules.find((x) => x.kind !== 'irregular');
          return [
            '', index + 1, '', '', r.name, r.nameReading, '', '', r.address, r.building, r.latitude ?? '', r.longitude ?? '',
            r.phone, '', '', r.provider?.name ?? '', r.weekdays.map((w) => weekdayNames[w]).join(';'),
            rule?.startTime ?? '', rule?.endTime ?? '',
            scheduleText(words, r), r.description, r.attributes.includes('barrier_free') ? 'バリアフリー' : '', r.url,
            [costText(words, r), r.statusNotice].filter(Boolean).join(' '),
          ];
        });
  const header = format === 'sasaeai' ? [...sasaeaiCsvColumns] : [...publicFacilityColumns];
  return excelCsv([header, ...rows], encoding);
}
