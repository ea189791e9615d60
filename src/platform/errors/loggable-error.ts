// Error logs and a job's last error are read by whoever runs the server, so
// they carry what identifies the failure (ids, codes, the statement, the
// constraint, where in the code), never the values of a row: a database
// error's parameters and its `detail` ("Key (email)=(…)", "Failing row
// contains (…)") are residents' names, addresses and phone numbers.

type DatabaseErrorFields = { code?: string; constraint?: string; table?: string; column?: string; routine?: string };

// A value quoted at the end of a message: `invalid input syntax for type uuid: "…"`.
const quotedValue = /: "(?:[^"\\]|\\.)*"/g;

function withoutValues(message: string): string {
  return message.replace(quotedValue, ': "…"');
}

function describe(error: unknown, depth: number): string {
  if (!(error instanceof Error)) return typeof error === 'string' ? withoutValues(error) : `non-error ${typeof error}`;
  const query = (error as { query?: unknown }).query;
  const headline =
    typeof query === 'string' && 'params' in error
      ? `${error.name}: Failed query: ${query} (parameters not logged)`
      : `${error.name}: ${withoutValues(error.message)}`;
  const fields = error as DatabaseErrorFields;
  const facts = (['code', 'constraint', 'table', 'column', 'routine'] as const).filter((k) => typeof fields[k] === 'string' && fields[k]).map((k) => `${k}=${fields[k]}`);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8);
  const cause = depth < 3 && error.cause ? [`caused by ${describe(error.cause, depth + 1)}`] : [];
  return [headline + (facts.length ? ` [${facts.join(' ')}]` : ''), ...frames, ...cause].join('\n');
}

/** The error as a log line (with its stack and causes) that holds no row values. */
export function loggableError(error: unknown): string {
  return describe(error, 0);
}
