import type { ListedResourceRow } from './service.ts';

type Body = Record<string, string | string[]>;

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== '');
}

function single(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export const scheduleRuleSlots = 3;

/**
 * Turns the flat staff form into the nested shape `resourceInput` expects.
 * Schedule fields are named by their path (schedule.rules.0.startTime) so a
 * validation problem lands beside the field it is about.
 */
export function resourceFormToInput(body: Body): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  for (let i = 0; i < scheduleRuleSlots; i++) {
    const prefix = `schedule.rules.${i}.`;
    const kind = single(body[`${prefix}kind`]);
    const times = { startTime: single(body[`${prefix}startTime`]) || undefined, endTime: single(body[`${prefix}endTime`]) || undefined };
    if (kind === 'weekly') rules.push({ kind, weekdays: list(body[`${prefix}weekdays`]).map(Number), ...times });
    if (kind === 'monthly') rules.push({ kind, weeksOfMonth: list(body[`${prefix}weeksOfMonth`]).map(Number), weekday: Number(single(body[`${prefix}weekday`]) || NaN), ...times });
    if (kind === 'irregular') rules.push({ kind, note: single(body[`${prefix}note`]) });
  }
  const from = single(body['schedule.season.fromMonth']);
  const to = single(body['schedule.season.toMonth']);
  return {
    ...Object.fromEntries(Object.entries(body).filter(([key]) => !key.startsWith('schedule.')).map(([key, value]) => [key, single(value)])),
    needCategoryIds: list(body.needCategoryIds),
    attributes: list(body.attributes),
    isPublished: single(body.isPublished) === 'on',
    schedule: {
      rules,
      season: from && to ? { fromMonth: Number(from), toMonth: Number(to) } : null,
      note: single(body['schedule.note']),
    },
  };
}

/** Form values of a saved listing, in the same flat naming as the form. */
export function resourceFormValues(row: ListedResourceRow & { categoryIds: string[]; provider: { name: string; providerType: string } | null }): Record<string, string> {
  const values: Record<string, string> = {
    name: row.name,
    nameReading: row.nameReading,
    description: row.description,
    providerName: row.provider?.name ?? '',
    providerType: row.provider?.providerType ?? 'resident_group',
    needCategoryIds: row.categoryIds.join('\n'),
    target: row.target,
    costKind: row.costKind,
    costYen: row.costYen === null ? '' : String(row.costYen),
    costText: row.costText,
    placeName: row.placeName,
    postalCode: row.postalCode,
    address: row.address,
    building: row.building,
    latitude: row.latitude === null ? '' : String(row.latitude),
    longitude: row.longitude === null ? '' : String(row.longitude),
    areaId: row.areaId ?? '',
    districtId: row.districtId ?? '',
    phone: row.phone,
    fax: row.fax,
    email: row.email,
    url: row.url,
    attributes: row.attributes.join('\n'),
    status: row.status,
    statusNotice: row.statusNotice,
    staffNote: row.staffNote,
    isPublished: row.isPublished ? 'on' : '',
    confirmedOn: row.confirmedOn ?? '',
    'schedule.note': row.schedule.note,
    'schedule.season.fromMonth': row.schedule.season ? String(row.schedule.season.fromMonth) : '',
    'schedule.season.toMonth': row.schedule.season ? String(row.schedule.season.toMonth) : '',
  };
  row.schedule.rules.forEach((rule, i) => {
    const prefix = `schedule.rules.${i}.`;
    values[`${prefix}kind`] = rule.kind;
    if (rule.kind === 'weekly') values[`${prefix}weekdays`] = rule.weekdays.join('\n');
    if (rule.kind === 'monthly') {
      values[`${prefix}weeksOfMonth`] = rule.weeksOfMonth.join('\n');
      values[`${prefix}weekday`] = String(rule.weekday);
    }
    if (rule.kind !== 'irregular') {
      values[`${prefix}startTime`] = rule.startTime ?? '';
      values[`${prefix}endTime`] = rule.endTime ?? '';
    } else values[`${prefix}note`] = rule.note;
  });
  return values;
}
