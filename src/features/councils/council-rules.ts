// Rules of councils that need no database: the agenda as people type it,
// member terms, and what a handout file really is.
import type { MemberRole } from './vocabulary.ts';

export type AgendaLine = { depth: 0 | 1; title: string; durationMinutes: number | null };

// 「（15分）」「(15分)」「15分」 at the end of a line: the item's planned length.
const durationAtEnd = /[（(]?\s*(\d{1,3})\s*分\s*[)）]?\s*$/;
// 「・」「-」 or an indent marks a sub-item of the line above.
const subItemMark = /^(?:\s+[・\-－‐]?\s*|[・\-－‐]\s*)/;

/**
 * Reads an agenda typed one item per line: an indented line (or one starting with
 * 「・」) is a sub-item of the item above, and 「（15分）」 at the end is its length.
 * Works in a plain textarea, so no script is needed to build the tree.
 */
export function parseAgenda(text: string): AgendaLine[] {
  const lines: AgendaLine[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') continue;
    const isSub = subItemMark.test(raw) && lines.length > 0;
    let title = raw.replace(subItemMark, '').trim();
    const match = durationAtEnd.exec(title.normalize('NFKC'));
    let durationMinutes: number | null = null;
    if (match) {
      durationMinutes = Number(match[1]);
      title = title.normalize('NFKC').slice(0, match.index).trim();
    }
    if (title !== '') lines.push({ depth: isSub ? 1 : 0, title, durationMinutes });
  }
  return lines;
}

/** The agenda written back as the form shows it. */
export function formatAgenda(items: readonly { depth: number; title: string; durationMinutes: number | null }[]): string {
  return items.map((i) => `${i.depth ? '  ・' : ''}${i.title}${i.durationMinutes ? `（${i.durationMinutes}分）` : ''}`).join('\n');
}

/**
 * The minutes the agenda plans: top items count their own length, or their
 * sub-items' sum when they have none of their own.
 */
export function plannedMinutes(items: readonly AgendaLine[]): number {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.depth !== 0) continue;
    let children = 0;
    for (let j = i + 1; j < items.length && items[j]!.depth === 1; j++) children += items[j]!.durationMinutes ?? 0;
    total += item.durationMinutes ?? children;
  }
  return total;
}

export function meetingLengthMinutes(startsAt: Date, endsAt: Date): number {
  return Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
}

/** True when a member's term (任期) includes the day: attendance outside it is refused. */
export function termCovers(member: { termStart: string; termEnd: string | null }, day: string): boolean {
  return member.termStart <= day && (member.termEnd === null || day <= member.termEnd);
}

/** Members listed as 委員名簿 prints them: chair, vice chair, members, observers, secretariat. */
export const roleOrder: readonly MemberRole[] = ['chair', 'vice_chair', 'member', 'observer', 'secretariat'];

export function byRoleThenTerm<T extends { role: string; termStart: string }>(a: T, b: T): number {
  return roleOrder.indexOf(a.role as MemberRole) - roleOrder.indexOf(b.role as MemberRole) || a.termStart.localeCompare(b.termStart);
}

// The directory's kinds of provider, for an organisation first named as a council member.
const providerTypeOfMember: Record<string, string> = {
  houkatsu: 'care_provider',
  care_provider: 'care_provider',
  medical: 'care_provider',
  shakyo: 'shakyo',
  district_shakyo: 'shakyo',
  volunteer_group: 'volunteer_group',
  npo: 'npo',
  business: 'business',
  cooperative: 'business',
  government: 'government',
};

export function providerTypeForMember(memberTypeCode: string): string {
  return providerTypeOfMember[memberTypeCode] ?? 'resident_group';
}
