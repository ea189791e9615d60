// What a phone intake's draft keeps, and when a form holds anything worth keeping.

/** The choices an empty intake form starts with: a form still at them holds nothing of the call. */
export const intakeDefaults: Readonly<Record<string, string>> = { referrerType: 'self', frequency: 'once', urgency: 'normal' };

// The form's own machinery, and the resident search box: looking someone up is not yet an intake.
const notKept = new Set(['_csrf', 'draftId', 'intent', 'q']);

/** The fields a draft keeps, as text; a checkbox group is kept newline-joined like a refused form. */
export function draftFields(fields: Record<string, string | string[]>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (!notKept.has(key)) kept[key] = Array.isArray(value) ? value.join('\n') : value;
  return kept;
}

/** True when something of the call was typed or chosen: a resident, or any field off its starting value. */
export function hasIntakeContent(kept: Record<string, string>): boolean {
  return Object.entries(kept).some(([key, value]) => value.trim() !== '' && value !== (intakeDefaults[key] ?? ''));
}
