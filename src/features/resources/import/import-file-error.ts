// A file the importer cannot read at all, as opposed to a row with problems.
// It is an Invalid (422) so the one onError shows it like any form problem,
// with the message key under the field "file".
import { Invalid } from '../../../platform/errors/app-error.ts';

export const importFileProblems = ['fileEmpty', 'fileBinary', 'fileOldExcel', 'fileUnreadable', 'fileNoHeader', 'fileUnknownFormat'] as const;
export type ImportFileProblem = (typeof importFileProblems)[number];

/** Thrown when a whole import file is unusable; messageKey is import.<problem>. */
export class ImportFileError extends Invalid {
  constructor(readonly problem: ImportFileProblem) {
    super([{ path: 'file', message: `import.${problem}` }], { status: 422, code: 'import_file_unreadable', messageKey: `import.${problem}` });
  }
}
