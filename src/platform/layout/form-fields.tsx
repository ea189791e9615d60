import type { Child } from 'hono/jsx';
import { splitMessage } from '../validation/fields.ts';
import type { PageContext } from './page-context.ts';

/** Field values as typed and per-field problems, so a refused form shows both. */
export type FormState = {
  values: Record<string, string>;
  errors: Record<string, string>;
};

export const emptyForm: FormState = { values: {}, errors: {} };

/** Translates a validation message (catalog key with optional parameters). */
export function problemText(page: PageContext, message: string): string {
  const { key, params } = splitMessage(message);
  return page.t(key, params);
}

export function CsrfField({ page }: { page: PageContext }) {
  return <input type="hidden" name="_csrf" value={page.csrfToken} />;
}

/** A list of every problem at the top of the form, each linking to its field. */
export function ErrorSummary({ page, form, labels }: { page: PageContext; form: FormState; labels: Record<string, string> }) {
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{page.t('form.errorSummary', { count: entries.length })}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#field-${field}`}>
              {labels[field] ? `${labels[field]}: ` : ''}
              {problemText(page, message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = {
  page: PageContext;
  form: FormState;
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** Distinguishes ids when two forms on one page share field names. */
  idPrefix?: string;
};

function FieldFrame({ page, form, name, label, required, hint, idPrefix = '', children }: FieldProps & { children: Child }) {
  const error = form.errors[name];
  const id = `${idPrefix}${name}`;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={`field-${id}`}>
        {label}
        <span class={required ? 'badge badge--required' : 'badge'}>{page.t(required ? 'form.required' : 'form.optional')}</span>
      </label>
      {hint ? (
        <p class="field-hint" id={`hint-${id}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`error-${id}`}>
          {problemText(page, error)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(form: FormState, name: string, hint?: string, idPrefix = ''): string | undefined {
  const ids = [hint ? `hint-${idPrefix}${name}` : '', form.errors[name] ? `error-${idPrefix}${name}` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(props: FieldProps & { type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'datetime-local' | 'number'; autocomplete?: string; maxLength?: number; inputMode?: 'numeric' | 'tel' | 'email' | 'text' }) {
  const { form, name, type = 'text' } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${props.idPrefix ?? ''}${name}`}
        name={name}
        type={type}
        value={type === 'password' ? undefined : (form.values[name] ?? '')}
        required={props.required}
        autocomplete={props.autocomplete}
        maxlength={props.maxLength}
        inputmode={props.inputMode}
        aria-invalid={form.errors[name] ? 'true' : undefined}
        aria-describedby={describedBy(form, name, props.hint, props.idPrefix)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { rows?: number; maxLength?: number }) {
  const { form, name } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={`field-${props.idPrefix ?? ''}${name}`}
        name={name}
        rows={props.rows ?? 4}
        maxlength={props.maxLength}
        required={props.required}
        aria-invalid={form.errors[name] ? 'true' : undefined}
        aria-describedby={describedBy(form, name, props.hint, props.idPrefix)}
      >
        {form.values[name] ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[] }) {
  const { form, name, options } = props;
  const selected = form.values[name] ?? '';
  return (
    <FieldFrame {...props}>
      <select
        id={`field-${props.idPrefix ?? ''}${name}`}
        name={name}
        required={props.required}
        aria-invalid={form.errors[name] ? 'true' : undefined}
        aria-describedby={describedBy(form, name, props.hint, props.idPrefix)}
      >
        {options.map((option) => (
          <option value={option.value} selected={option.value === selected}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ form, name, label }: { page: PageContext; form: FormState; name: string; label: string }) {
  return (
    <div class="field field--checkbox">
      <input id={`field-${name}`} type="checkbox" name={name} value="on" checked={form.values[name] === 'on'} />
      <label for={`field-${name}`}>{label}</label>
    </div>
  );
}

/** Form values as strings, for redisplay; a checkbox group's values are joined with newlines. */
export function formValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v) => typeof v === 'string').join('\n');
  }
  return values;
}

/** A group of checkboxes sharing one name; `form.values[name]` holds the checked values, newline-separated. */
export function CheckboxGroup(props: FieldProps & { options: { value: string; label: string }[] }) {
  const { page, form, name, label, options, idPrefix = '' } = props;
  const checked = new Set((form.values[name] ?? '').split('\n'));
  const error = form.errors[name];
  return (
    <fieldset class={error ? 'field field--error checkbox-group' : 'field checkbox-group'} id={`field-${idPrefix}${name}`}>
      <legend>{label}</legend>
      {error ? <p class="field-error">{problemText(page, error)}</p> : null}
      {options.map((option, i) => (
        <span class="checkbox-option">
          <input type="checkbox" id={`field-${idPrefix}${name}-${i}`} name={name} value={option.value} checked={checked.has(option.value)} />
          <label for={`field-${idPrefix}${name}-${i}`}>{option.label}</label>
        </span>
      ))}
    </fieldset>
  );
}
