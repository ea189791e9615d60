// The target list as people keep it in a spreadsheet, pasted one per line:
// 「名称, 種別, 電話番号」, the 種別 by its Japanese name (or its code).
import { parseOrThrow } from '../../platform/validation/problems.ts';
import { Invalid } from '../../platform/errors/app-error.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';
import { targetInput, type TargetInput } from './validation.ts';
import { respondentTypes } from './vocabulary.ts';

export function parseTargetLines(text: string, typeName: (type: string) => string): TargetInput[] {
  const byName = new Map<string, string>(respondentTypes.flatMap((type) => [[typeName(type), type], [type, type]]));
  const targets: TargetInput[] = [];
  const problems: { path: string; message: string }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const [name = '', type = '', phone = ''] = line.split(/[,，、\t]/).map((part) => part.trim());
    const respondentType = byName.get(type);
    if (!respondentType) {
      problems.push({ path: 'lines', message: messageWithParams('surveys.targetsUnknownType', { line: i + 1, type }) });
      return;
    }
    try {
      targets.push(parseOrThrow(targetInput, { name, respondentType, phone, areaId: '' }));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push(...error.fields.map((f) => ({ path: 'lines', message: messageWithParams(f.path === 'phone' ? 'surveys.targetsLinePhone' : 'surveys.targetsLineName', { line: i + 1 }) })));
    }
  });
  // The first problem is shown; nothing of the list is saved until every line reads.
  if (problems.length > 0) throw new Invalid(problems);
  if (targets.length === 0) throw new Invalid([{ path: 'lines', message: 'surveys.targetsNoLines' }]);
  return targets;
}
