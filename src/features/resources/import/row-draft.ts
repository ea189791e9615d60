// What a format's mapper produces from one row: still the file's own text,
// field by field, for the shared cleaning in build-resource.ts. Formats only
// decide which column feeds which field and handle their own peculiarities.
import type { ResourceAttribute, Weekday } from '../vocabulary.ts';
import { cleanLine, parseFlag } from './clean-text.ts';

/** One piece of a schedule: explicit weekdays or 曜日 text, with optional start and end times. */
export type SchedulePart = { weekdays?: Weekday[]; dayText?: string; startTime?: string; endTime?: string };

/** A 「見出し: 値」 line for notes. */
export type NoteEntry = { label: string; value: string };

/** One row as a format reads it, before cleaning. */
export type RowDraft = {
  externalId: string;
  municipalityCode: string;
  municipalityName: string; // 市区町村名 / 地方公共団体名: tells the city itself from other providers
  name: string;
  nameReading: string;
  description: string;
  providerName: string;
  providerType: string; // a vocabulary code or the file's word for it
  needCategoryNames: string[];
  target: string;
  cost: string;
  scheduleParts: SchedulePart[];
  scheduleNotes: string[];
  closedDays: string;
  postalCode: string;
  address: string;
  building: string;
  latitude: string;
  longitude: string;
  areaName: string;
  districtName: string;
  phone: string;
  fax: string;
  email: string;
  url: string;
  attributes: ResourceAttribute[];
  attributeNames: string[];
  status: string;
  statusNotice: string;
  remarks: string; // 備考: searched for 冬季閉鎖 and kept in notes
  confirmedOn: string;
  published: string;
  notes: NoteEntry[];
};

/** A row of the file read by canonical column name; reading a column marks it used so the rest can go to notes. */
export type SourceRow = { get(column: string): string };

/** An import format: its columns in published order, the ones that identify it, and its mapper. */
export type ImportFormat = {
  id: string;
  columns: readonly string[];
  required: readonly string[];
  // Other spellings publishers use for a column, alias → canonical.
  aliases?: Readonly<Record<string, string>>;
  // Known columns that repeat what other columns say (都道府県名 …): neither mapped nor noted.
  ignored?: readonly string[];
  // Lists of another kind in the same layout (公衆トイレ一覧 in 公共施設一覧's): named by their own id (import.format.<id>) when their headers say so.
  kinds?: readonly { id: string; matches(headers: readonly string[]): boolean }[];
  toDraft(row: SourceRow): Partial<RowDraft>;
};

/** A draft with every field empty, for formats to fill. */
export function emptyDraft(): RowDraft {
  return {
    externalId: '', municipalityCode: '', municipalityName: '', name: '', nameReading: '', description: '', providerName: '', providerType: '',
    needCategoryNames: [], target: '', cost: '', scheduleParts: [], scheduleNotes: [], closedDays: '',
    postalCode: '', address: '', building: '', latitude: '', longitude: '', areaName: '', districtName: '',
    phone: '', fax: '', email: '', url: '', attributes: [], attributeNames: [], status: '', statusNotice: '',
    remarks: '', confirmedOn: '', published: '', notes: [],
  };
}

/** A note for a yes/no column, only when it says yes: absence is not worth a line. */
export function flagNote(row: SourceRow, column: string): NoteEntry[] {
  return parseFlag(row.get(column)) === true ? [{ label: column, value: 'あり' }] : [];
}

/** A note for 定員; 0 means the publisher left it blank (MHLW data), so it gives no note. */
export function capacityNote(row: SourceRow, column = '定員'): NoteEntry[] {
  const value = cleanLine(row.get(column));
  return value === '' || /^0+$/.test(value) ? [] : [{ label: column, value }];
}
