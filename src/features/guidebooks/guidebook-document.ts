// What a printed guidebook holds, already worded and ordered by the caller.
// The renderer only lays it out, so it stays a pure function of this data.

/** One listing as printed: every field already formatted for readers. */
export type GuidebookEntry = {
  id: string;
  name: string;
  nameReading: string;
  description: string;
  providerName: string;
  scheduleText: string;
  costText: string;
  targetText: string;
  /** Address with 方書 (building, room). */
  placeText: string;
  /** One line per number or address, e.g. 'TEL 0166-23-0742'. */
  contactLines: string[];
  /** Short tags such as 送迎あり, バリアフリー. */
  attributes: string[];
  /** A warning readers must not miss, e.g. 冬季休止; '' when none. */
  statusNotice: string;
  /** e.g. 令和8年10月1日確認. */
  confirmedOnText: string;
  districtName: string;
};

/** A 困りごと category (guidebook) or activity type (handbook) with its entries in print order. */
export type GuidebookSection = { heading: string; entries: GuidebookEntry[] };

/** A coordinator readers may phone. */
export type GuidebookCoordinator = { areaName: string; name: string; nameReading: string; phone: string };

/** Fixed words of the layout, taken from the message catalog by the caller. */
export type GuidebookLabels = {
  contents: string;
  index: string;
  /** Index group heading; {row} is the kana row, e.g. '{row}行'. */
  indexRow: string;
  /** Index group for readings that start with no kana. */
  indexOther: string;
  coordinators: string;
  office: string;
  /** Footer page number; {page} is the number, e.g. '{page}ページ'. */
  page: string;
  schedule: string;
  cost: string;
  target: string;
  place: string;
  contact: string;
  provider: string;
  district: string;
  area: string;
  coordinatorName: string;
  phone: string;
};

/** Everything one printed guidebook or handbook contains. */
export type GuidebookDocument = {
  title: string;
  subtitle: string;
  publisher: string;
  /** e.g. 令和8年11月23日 発行, formatted by the caller. */
  printedOnText: string;
  sections: GuidebookSection[];
  coordinators: GuidebookCoordinator[];
  officeContact: string[];
  largePrint: boolean;
  labels: GuidebookLabels;
};
