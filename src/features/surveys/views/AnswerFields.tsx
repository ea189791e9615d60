import type { FormState } from '../../../platform/layout/form-fields.tsx';
import { problemText } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { answerField, matrixField, otherField } from '../answers.ts';
import { allQuestions, type Condition, type Question, type SurveyDefinition } from '../definition.ts';

type Props = {
  page: PageContext;
  definition: SurveyDefinition;
  questions: Question[];
  form: FormState;
  districts: { id: string; name: string }[];
  /** Number keys choose on the phone screen: each choice shows its key. */
  keyed?: boolean;
};

function conditionText(page: PageContext, definition: SurveyDefinition, c: Condition): string {
  const target = allQuestions(definition).find((q) => q.name === c.question);
  const choiceLabel =
    target && (target.kind === 'single' || target.kind === 'multiple') ? (target.choices.find((x) => x.name === c.value)?.label ?? c.value) : target?.kind === 'yesno' ? page.t(c.value === 'yes' ? 'surveys.answer.yes' : 'surveys.answer.no') : c.value;
  return page.t(c.operator === 'notEquals' ? 'surveys.answer.onlyIfNot' : 'surveys.answer.onlyIf', { question: target?.label ?? c.question, value: choiceLabel });
}

function optionsOf(page: PageContext, q: Question, districts: Props['districts']): { value: string; label: string }[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return [...q.choices.map((c) => ({ value: c.name, label: c.label })), ...(q.allowOther ? [{ value: 'other', label: page.t('surveys.answer.other') }] : [])];
    case 'yesno':
      return [{ value: 'yes', label: page.t('surveys.answer.yes') }, { value: 'no', label: page.t('surveys.answer.no') }];
    case 'scale':
      return Array.from({ length: q.points }, (_, i) => ({ value: String(i + 1), label: i === 0 && q.lowLabel ? `1 ${q.lowLabel}` : i === q.points - 1 && q.highLabel ? `${q.points} ${q.highLabel}` : String(i + 1) }));
    case 'district':
      return districts.map((d) => ({ value: d.id, label: d.name }));
    default:
      return [];
  }
}

function Heading({ page, q, number }: { page: PageContext; q: Question; number: number }) {
  return (
    <>
      {`${number}. ${q.label}`}
      {q.required ? <span class="badge badge--required">{page.t('surveys.answer.required')}</span> : null}
    </>
  );
}

function QuestionBlock({ page, definition, q, number, form, districts, keyed }: Omit<Props, 'questions'> & { q: Question; number: number }) {
  const field = answerField(q.name);
  const error = form.errors[field];
  const id = `field-${field}`;
  const conditions = q.showIf.map((c) => conditionText(page, definition, c)).join('');
  const notes = (
    <>
      {conditions ? <p class="field-hint">{conditions}</p> : null}
      {q.hint ? <p class="field-hint">{q.hint}</p> : null}
      {error ? <p class="field-error">{problemText(page, error)}</p> : null}
    </>
  );
  const showIf = q.showIf.length ? JSON.stringify(q.showIf) : undefined;
  const options = optionsOf(page, q, districts);
  if (options.length > 0) {
    const multiple = q.kind === 'multiple';
    const chosen = new Set((form.values[field] ?? '').split('\n'));
    return (
      <fieldset class={error ? 'field field--error survey-question' : 'field survey-question'} id={id} data-show-if={showIf} data-keyed={keyed ? '1' : undefined}>
        <legend>
          <Heading page={page} q={q} number={number} />
        </legend>
        {notes}
        {keyed && options.length <= 9 ? <p class="field-hint">{page.t('surveys.answer.keyHint', { from: 1, to: options.length })}</p> : null}
        {options.map((o, i) => (
          <span class="checkbox-option">
            <input type={multiple ? 'checkbox' : 'radio'} id={`${id}-${i}`} name={field} value={o.value} checked={chosen.has(o.value)} data-key={keyed && i < 9 ? String(i + 1) : undefined} />
            <label for={`${id}-${i}`}>{keyed && i < 9 ? `${i + 1}. ${o.label}` : o.label}</label>
          </span>
        ))}
        {(q.kind === 'single' || q.kind === 'multiple') && q.allowOther ? (
          <span class="survey-other">
            <label for={`field-${otherField(q.name)}`}>{page.t('surveys.answer.otherText')}</label>
            <input id={`field-${otherField(q.name)}`} name={otherField(q.name)} type="text" maxlength={500} value={form.values[otherField(q.name)] ?? ''} />
          </span>
        ) : null}
      </fieldset>
    );
  }
  if (q.kind === 'matrix') {
    return (
      <fieldset class={error ? 'field field--error survey-question' : 'field survey-question'} id={id} data-show-if={showIf}>
        <legend>
          <Heading page={page} q={q} number={number} />
        </legend>
        {notes}
        <table class="survey-matrix">
          <thead>
            <tr>
              <td />
              {q.scale.map((s) => (
                <th scope="col">{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {q.items.map((item) => {
              const name = matrixField(q.name, item.name);
              return (
                <tr>
                  <th scope="row">{item.label}</th>
                  {q.scale.map((s, i) => (
                    <td>
                      <input type="radio" id={`field-${name}-${i}`} name={name} value={s.name} checked={form.values[name] === s.name} aria-label={`${item.label}: ${s.label}`} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
    );
  }
  const describedBy = error ? `error-${field}` : undefined;
  return (
    <div class={error ? 'field field--error survey-question' : 'field survey-question'} data-show-if={showIf}>
      <label for={id}>
        <Heading page={page} q={q} number={number} />
      </label>
      {conditions ? <p class="field-hint">{conditions}</p> : null}
      {q.hint ? <p class="field-hint">{q.hint}</p> : null}
      {error ? (
        <p class="field-error" id={`error-${field}`}>
          {problemText(page, error)}
        </p>
      ) : null}
      {q.kind === 'text' && q.long ? (
        <textarea id={id} name={field} rows={4} maxlength={4000} aria-describedby={describedBy}>
          {form.values[field] ?? ''}
        </textarea>
      ) : (
        <span class="survey-input">
          <input
            id={id}
            name={field}
            type={q.kind === 'date' ? 'date' : 'text'}
            inputmode={q.kind === 'number' ? (q.integer ? 'numeric' : 'decimal') : undefined}
            maxlength={q.kind === 'text' ? 500 : undefined}
            value={form.values[field] ?? ''}
            aria-describedby={describedBy}
            class={q.kind === 'number' ? 'input--short' : undefined}
          />
          {q.kind === 'number' && q.unit ? ` ${q.unit}` : null}
        </span>
      )}
    </div>
  );
}

/** The questions of one page, numbered as in the whole survey, with skip-logic conditions written out for readers without JavaScript. */
export function AnswerFields(props: Props) {
  const numbers = new Map(allQuestions(props.definition).map((q, i) => [q.name, i + 1]));
  return (
    <>
      {props.questions.map((q) => (
        <QuestionBlock {...props} q={q} number={numbers.get(q.name)!} />
      ))}
    </>
  );
}
