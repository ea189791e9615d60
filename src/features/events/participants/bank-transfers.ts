import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { Invalid } from '../../../platform/errors/app-error.ts';
import type { RegistrationRow } from '../registrations/schema.ts';
import * as repository from './repository.ts';
import { recordPayment } from './service.ts';

// A bank's transfer statement (入出金明細) as CSV. Banks name their columns
// differently, so the amount is the column whose header says 金額/入金/お預り,
// and the reference is any eight-digit number the payer wrote before their
// name (as the confirmation mail asks).

export type BankRowOutcome = 'match' | 'amount_mismatch' | 'already_paid' | 'unknown_reference' | 'no_reference' | 'not_confirmed';

export type BankRowPlan = {
  line: number;
  text: string;
  reference: string;
  amountYen: number | null;
  outcome: BankRowOutcome;
  registration?: Pick<RegistrationRow, 'id' | 'name' | 'reference' | 'feeYen'>;
};

/** Reads the uploaded statement as UTF-8 (with or without BOM) or Shift_JIS, the two encodings banks export. */
export function decodeStatement(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'CP932');
  }
}

function statementRows(text: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, relax_quotes: true, trim: true, skip_empty_lines: false }) as string[][];
  } catch {
    throw new Invalid([{ path: 'csvText', message: 'events.bank.unreadable' }]);
  }
}

const amountHeader = /金額|入金|お?預り|お?預かり|amount/i;

/** Each row of the statement with the application it pays for, and whether it can be recorded. Changes nothing. */
export async function planBankTransfers(ctx: ServiceContext, eventId: string, text: string): Promise<BankRowPlan[]> {
  assertRole(ctx, 'admin', 'coordinator');
  const rows = statementRows(text).map((cells) => cells.map((c) => c.normalize('NFKC')));
  const headerIndex = rows.findIndex((cells) => cells.some((c) => amountHeader.test(c)));
  const amountColumn = headerIndex >= 0 ? rows[headerIndex]!.findIndex((c) => amountHeader.test(c)) : -1;
  const body = rows.map((cells, i) => ({ cells, line: i + 1 })).filter(({ cells, line }) => line - 1 > headerIndex && cells.some((c) => c !== ''));
  const found = body.map(({ cells, line }) => {
    const reference = cells.filter((_, i) => i !== amountColumn).join(' ').match(/(?<!\d)\d{8}(?!\d)/)?.[0] ?? '';
    const amountText = amountColumn >= 0 ? (cells[amountColumn] ?? '').replace(/[,円\s¥]/g, '') : '';
    return { line, text: cells.join(' / '), reference, amountYen: /^\d+$/.test(amountText) ? Number(amountText) : null };
  });
  const known = await repository.selectByReferences(ctx.db, ctx.tenantId, eventId, [...new Set(found.map((f) => f.reference).filter(Boolean))]);
  const byReference = new Map(known.map((r) => [r.reference, r]));
  return found.map((row) => {
    const registration = byReference.get(row.reference);
    const plan: BankRowPlan = { ...row, outcome: outcomeOf(row, registration) };
    if (registration) plan.registration = { id: registration.id, name: registration.name, reference: registration.reference, feeYen: registration.feeYen };
    return plan;
  });
}

function outcomeOf(row: { reference: string; amountYen: number | null }, registration: RegistrationRow | undefined): BankRowOutcome {
  if (!row.reference) return 'no_reference';
  if (!registration) return 'unknown_reference';
  if (registration.paymentStatus === 'paid' || registration.paymentStatus === 'waived') return 'already_paid';
  if (registration.status !== 'confirmed') return 'not_confirmed';
  if (row.amountYen !== null && row.amountYen !== registration.feeYen) return 'amount_mismatch';
  return 'match';
}

/** Records every matching row of the statement as paid (the rows the person saw in the dry run); returns how many. */
export async function applyBankTransfers(ctx: ServiceContext, eventId: string, text: string): Promise<number> {
  const plan = await planBankTransfers(ctx, eventId, text);
  const matches = plan.filter((p) => p.outcome === 'match');
  // All rows or none: a failure half-way leaves no payment recorded.
  return ctx.db.transaction(async (tx) => {
    const inTransaction = { ...ctx, db: tx };
    for (const row of matches) {
      await recordPayment(inTransaction, row.registration!.id, { paymentStatus: 'paid', paidOn: '', amountYen: row.amountYen ?? row.registration!.feeYen, note: `振込明細 ${row.line}行目` });
    }
    await recordAudit(ctx, tx, { action: 'import', entityType: 'event', entityId: eventId, after: { bankRows: plan.length, recorded: matches.length } });
    return matches.length;
  });
}
