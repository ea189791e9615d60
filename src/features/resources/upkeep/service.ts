import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import { tokenHash } from '../../../platform/auth/tokens.ts';
import { systemActor, type ServiceContext } from '../../../platform/context/service-context.ts';
import { NotFound } from '../../../platform/errors/app-error.ts';
import { listingInput } from '../listing-values.ts';
import { parseScheduleText } from '../schedule-parse.ts';
import { confirmResource, getResource, updateResource, type ResourceDetail } from '../service.ts';
import { createProviderToken, readProviderToken } from './provider-link.ts';
import * as resourcesRepository from '../repository.ts';
import * as repository from './repository.ts';
import type { SuggestionRow } from './repository.ts';
import type { ProviderProposalInput, PublicSuggestionInput } from './validation.ts';

export type { SuggestionRow };

const invalidLink = () => new NotFound('link_invalid', 'upkeep.linkInvalid');

/** A provider's personal link for one listing (staff send or print it). */
export async function providerLinkFor(ctx: ServiceContext, secret: string, baseUrl: string, resourceId: string): Promise<string> {
  assertRole(ctx, 'admin', 'coordinator');
  await getResource(ctx, resourceId, { includeDrafts: true });
  return `${baseUrl}/provider/${createProviderToken(secret, ctx.tenantId, resourceId, ctx.now)}`;
}

/** The listing behind a provider link; expired, tampered, used or foreign links all look the same: not found. */
export async function openProviderLink(ctx: ServiceContext, secret: string, token: string): Promise<ResourceDetail> {
  const resourceId = readProviderToken(secret, ctx.tenantId, token, ctx.now);
  if (!resourceId || (await repository.isLinkUsed(ctx.db, ctx.tenantId, tokenHash(token)))) throw invalidLink();
  return getResource(ctx, resourceId, { includeDrafts: true }).catch(() => {
    throw invalidLink();
  });
}

async function spendLink(ctx: ServiceContext, secret: string, token: string): Promise<ResourceDetail> {
  const resource = await openProviderLink(ctx, secret, token);
  if (!(await repository.markLinkUsed(ctx.db, ctx.tenantId, tokenHash(token), ctx.now))) throw invalidLink();
  return resource;
}

/** The provider says nothing changed: the listing's 確認日 becomes today. */
export async function confirmViaProviderLink(ctx: ServiceContext, secret: string, token: string): Promise<void> {
  const resource = await spendLink(ctx, secret, token);
  const name = resource.provider?.name ? `${resource.provider.name}（提供者）` : '提供者';
  await confirmResource({ ...ctx, actor: systemActor(ctx.tenantId, name) }, resource.id, name);
}

/** The provider proposes changes; they wait for staff approval. */
export async function proposeViaProviderLink(ctx: ServiceContext, secret: string, token: string, input: ProviderProposalInput): Promise<void> {
  const resource = await spendLink(ctx, secret, token);
  const { message, submitterName, ...fields } = input;
  const proposed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''));
  await repository.insertSuggestion(ctx.db, ctx.tenantId, { resourceId: resource.id, source: 'provider', submitterName, message, proposed, createdAt: ctx.now });
}

/** 「情報の修正を提案」 from a public listing page. */
export async function suggestCorrection(ctx: ServiceContext, resourceId: string, input: PublicSuggestionInput): Promise<void> {
  await getResource(ctx, resourceId);
  await repository.insertSuggestion(ctx.db, ctx.tenantId, { resourceId, source: 'public', ...input, proposed: {}, createdAt: ctx.now });
}

/** Suggestions waiting for a decision, newest first (staff). */
export async function findPendingSuggestions(ctx: ServiceContext): Promise<(SuggestionRow & { resourceName: string })[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const rows = await repository.selectPendingSuggestions(ctx.db, ctx.tenantId);
  const listings = await resourcesRepository.selectResourcesByIds(ctx.db, ctx.tenantId, [...new Set(rows.map((r) => r.resourceId))]);
  const names = new Map(listings.map((l) => [l.id, l.name]));
  return rows.map((row) => ({ ...row, resourceName: names.get(row.resourceId) ?? '' }));
}

/** Applies a suggestion's proposed fields to the listing, confirms it, and closes the suggestion. */
export async function approveSuggestion(ctx: ServiceContext, id: string): Promise<void> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const suggestion = await repository.selectSuggestion(ctx.db, ctx.tenantId, id);
  if (!suggestion || suggestion.status !== 'pending') throw new NotFound();
  const current = await getResource(ctx, suggestion.resourceId, { includeDrafts: true });
  const p = suggestion.proposed;
  if (Object.keys(p).length) {
    await updateResource(ctx, current.id, {
      ...listingInput(current),
      ...(p.description ? { description: p.description } : {}),
      ...(p.costText ? { costKind: 'text' as const, costYen: null, costText: p.costText } : {}),
      ...(p.phone ? { phone: p.phone } : {}),
      ...(p.statusNotice ? { statusNotice: p.statusNotice } : {}),
      ...(p.scheduleText ? { schedule: parseScheduleText(p.scheduleText) } : {}),
    });
  }
  if (suggestion.source === 'provider') await confirmResource(ctx, current.id, suggestion.submitterName || current.provider?.name || actor.displayName);
  await repository.decideSuggestion(ctx.db, ctx.tenantId, id, { status: 'approved', decidedAt: ctx.now, decidedBy: actor.displayName });
  await recordAudit(ctx, ctx.db, { action: 'approve', entityType: 'resource_suggestion', entityId: id, before: suggestion, after: { status: 'approved' } });
}

/** Closes a suggestion without changing the listing. */
export async function rejectSuggestion(ctx: ServiceContext, id: string): Promise<void> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const suggestion = await repository.selectSuggestion(ctx.db, ctx.tenantId, id);
  if (!suggestion || suggestion.status !== 'pending') throw new NotFound();
  await repository.decideSuggestion(ctx.db, ctx.tenantId, id, { status: 'rejected', decidedAt: ctx.now, decidedBy: actor.displayName });
  await recordAudit(ctx, ctx.db, { action: 'reject', entityType: 'resource_suggestion', entityId: id, before: suggestion, after: { status: 'rejected' } });
}


/** Listings whose current cycle was handed to staff to phone. */
export async function findEscalatedResourceIds(ctx: ServiceContext): Promise<string[]> {
  return repository.selectEscalatedResourceIds(ctx.db, ctx.tenantId);
}

