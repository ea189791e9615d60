// A file the importer cannot read at all, as opposed to a row with problems.
// It is an Invalid (422) so the one onError shows it like any form problem,
// with the message key (and its parameters, such as the line) under the field "file".
import { Invalid } from '../../../platform/errors/app-error.ts';
import { messageWithParams } from '../../../platform/validation/fields.ts';

export const importFileProblems = ['fileEmpty', 'fileBinary', 'fileOldExcel', 'fileUnreadable', 'fileOpenQuote', 'fileNoHeader', 'fileGarbled', 'fileUnknownFormat'] as const;
export type ImportFileProblem = (typeof importFileProblems)[number];

/** Thrown when a whole import file is unusable; messageKey is import.<problem>, the field's message carries the parameters. */
export class ImportFileError extends Invalid {
  constructor(
    readonly problem: ImportFileProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    const key = `import.${problem}`;
    super([{ path: 'file', message: Object.keys(params).length > 0 ? messageWithParams(key, params) : key }], { status: 422, code: 'import_file_unreadable', messageKey: key });
  }
}
