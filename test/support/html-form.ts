const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (e) => entities[e]!);

/**
 * The fields a browser sends for the form of a page whose tag starts with
 * `formStart` (e.g. `<form method="get" action="/resources"`): each input's
 * value, checked boxes only, each select's chosen option (else its first),
 * each textarea's text; no buttons. `typed` replaces values as if typed.
 */
export function formFields(html: string, formStart: string, typed: Record<string, string> = {}): [string, string][] {
  const from = html.indexOf(formStart);
  if (from < 0) throw new Error(`no form ${formStart}`);
  const form = html.slice(from, html.indexOf('</form>', from));
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const [tag, kind, attributes] = match as unknown as [string, string, string];
    const name = /\bname="([^"]+)"/.exec(attributes)?.[1];
    if (!name || /\btype="(submit|button)"/.test(attributes)) continue;
    const at = match.index!;
    let value: string;
    if (kind === 'input') {
      if (/\btype="(checkbox|radio)"/.test(attributes) && !/\bchecked/.test(attributes)) continue;
      value = decode(/\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? '');
    } else if (kind === 'select') {
      const options = [...form.slice(at, form.indexOf('</select>', at)).matchAll(/<option\b[^>]*?value="([^"]*)"([^>]*)>/g)];
      value = decode((options.find((o) => /\bselected/.test(o[2]!)) ?? options[0])?.[1] ?? '');
    } else {
      value = decode(form.slice(at + tag.length, form.indexOf('</textarea>', at)));
    }
    fields.push([name, typed[name] ?? value]);
  }
  return fields;
}

/** The fields of formFields as a query string, the way a GET form is sent. */
export function formQuery(html: string, formStart: string, typed: Record<string, string> = {}): string {
  return new URLSearchParams(formFields(html, formStart, typed)).toString();
}
