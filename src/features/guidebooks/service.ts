import type { ServiceContext } from '../../platform/context/service-context.ts';
import { translator, type Locale } from '../../platform/i18n/i18n.ts';
import type { Tenant } from '../../platform/tenancy/tenancy.ts';
import { formatWarekiDate } from '../../platform/wareki/wareki.ts';
import * as areasService from '../areas/service.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import * as resourcesService from '../resources/service.ts';
import { confirmedText, costText, placeText, scheduleText } from '../resources/listing-text.ts';
import type { GuidebookDocument, GuidebookEntry, GuidebookLabels } from './guidebook-document.ts';
import { renderGuidebookInChild } from './guidebook-render-child.ts';
import type { GuidebookRequest } from './validation.ts';

// Enough for every listing of a large city; a guidebook is never paged.
const allListings = 100_000;

function labels(locale: Locale): GuidebookLabels {
  const t = translator(locale);
  return {
    contents: t('guidebook.contents'),
    index: t('guidebook.index'),
    indexRow: t('guidebook.indexRow'),
    indexOther: t('guidebook.indexOther'),
    coordinators: t('guidebook.coordinators'),
    office: t('guidebook.office'),
    page: t('guidebook.page'),
    schedule: t('resources.when'),
    cost: t('resources.cost'),
    target: t('resources.target'),
    place: t('resources.place'),
    contact: t('resources.contact'),
    provider: t('resources.provider'),
    district: t('guidebook.district'),
    area: t('guidebook.area'),
    coordinatorName: t('guidebook.coordinatorName'),
    phone: t('guidebook.phone'),
  };
}

/**
 * Gathers the guidebook from live data: published listings by 困りごと
 * (whole city or one area), or one district's handbook; with coordinators
 * and the office contact. Nothing is cached: print always shows today's data.
 */
export async function buildGuidebook(ctx: ServiceContext, tenant: Tenant, request: GuidebookRequest): Promise<GuidebookDocument> {
  const locale = request.lang ?? 'ja';
  const t = translator(locale);
  const words = { t, locale };
  const areas = await areasService.findAreasWithDistricts(ctx);
  const district = request.district ? areas.flatMap((a) => a.districts).find((d) => d.id === request.district) : undefined;
  const area = areas.find((a) => a.id === (district?.areaId ?? request.area));
  const search = await resourcesService.searchResources(ctx, { q: '', area: district ? undefined : area?.id, district: district?.id, free: false, transport: false, target: '', sort: 'reading', perPage: allListings }, { exactCounts: true });
  const districtNames = new Map(areas.flatMap((a) => a.districts.map((d) => [d.id, d.name] as const)));
  const entry = (r: (typeof search.results)[number]): GuidebookEntry => ({
    id: r.id,
    name: r.name,
    nameReading: r.nameReading,
    description: r.description,
    providerName: r.provider?.name ?? '',
    scheduleText: scheduleText(words, r),
    costText: costText(words, r),
    targetText: r.target,
    placeText: placeText(r),
    contactLines: [r.phone && `TEL ${r.phone}`, r.fax && `FAX ${r.fax}`, r.email, r.url].filter(Boolean),
    attributes: r.attributes.map((code) => t(`resources.attribute.${code}`)),
    statusNotice: r.statusNotice || (r.status === 'active' ? '' : t(`resources.status.${r.status}`)),
    confirmedOnText: confirmedText(words, r),
    districtName: r.districtId ? (districtNames.get(r.districtId) ?? '') : '',
  });
  const sections = search.categories
    .map((category) => ({ heading: category.name, entries: search.results.filter((r) => r.categoryIds.includes(category.id)).map(entry) }))
    .filter((section) => section.entries.length > 0);
  const current = await coordinatorsService.findCurrentAssignments(ctx);
  const relevantAreas = new Set([area?.id, area?.parentId].filter(Boolean));
  return {
    title: t(request.kind === 'handbook' ? 'guidebook.handbookTitle' : 'guidebook.needsTitle'),
    subtitle: district?.name ?? area?.name ?? t('guidebook.wholeCity'),
    publisher: tenant.name,
    printedOnText: t('guidebook.published', { date: formatWarekiDate(ctx.now, { locale }) }),
    sections,
    coordinators: current
      .filter((a) => relevantAreas.size === 0 || relevantAreas.has(a.areaId))
      .map((a) => ({
        areaName: areas.find((x) => x.id === a.areaId)?.name ?? '',
        name: a.coordinator.name,
        nameReading: a.coordinator.nameReading,
        phone: a.coordinator.phone || tenant.phone,
      })),
    officeContact: [tenant.officeName || tenant.name, tenant.phone && `TEL ${tenant.phone}`, tenant.fax && `FAX ${tenant.fax}`, tenant.email].filter(Boolean),
    largePrint: request.largePrint,
    labels: labels(locale),
  };
}

/**
 * The guidebook as PDF bytes, rendered in a short-lived child process (the
 * web download and the CLI alike); `onProgress` reports layout progress for the CLI bar.
 */
export async function renderGuidebook(ctx: ServiceContext, tenant: Tenant, request: GuidebookRequest, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  return renderGuidebookInChild(await buildGuidebook(ctx, tenant, request), onProgress);
}
