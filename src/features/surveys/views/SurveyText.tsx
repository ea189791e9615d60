import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { SurveyRow } from '../service.ts';

export function periodText(page: PageContext, survey: Pick<SurveyRow, 'startsOn' | 'endsOn'>): string {
  return `${formatWarekiDate(survey.startsOn, { locale: page.locale })}〜${formatWarekiDate(survey.endsOn, { locale: page.locale })}`;
}

export function methodsText(page: PageContext, methods: readonly string[]): string {
  return methods.map((m) => page.t(`surveys.method.${m}`)).join('・');
}

export function respondentTypeText(page: PageContext, type: string): string {
  return type ? page.t(`surveys.respondent.${type}`) : '';
}

export function dateText(page: PageContext, date: Date | string | null): string {
  return date ? formatWarekiDate(date, { locale: page.locale }) : '';
}
