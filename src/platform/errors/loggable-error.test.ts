import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error.ts';

describe('an error as it is logged', () => {
  it("keeps the statement, the constraint and the stack, and leaves out the row's values", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "volunteers_email"'), {
      code: '23505',
      constraint: 'volunteers_email',
      table: 'volunteers',
      detail: 'Key (tenant_id, email)=(…, yamada.hanako@example.jp) already exists.',
    });
    const error = new DrizzleQueryError('insert into "volunteers" ("name", "email", "address") values ($1, $2, $3)', ['山田 花子', 'yamada.hanako@example.jp', '旭川市豊岡4条1丁目'], cause);
    const line = loggableError(error);
    expect(line).toContain('insert into "volunteers"');
    expect(line).toContain('constraint=volunteers_email');
    expect(line).toContain('code=23505');
    expect(line).toMatch(/\n\s+at /);
    for (const personal of ['山田 花子', 'yamada.hanako@example.jp', '旭川市豊岡']) expect(line).not.toContain(personal);
  });

  it('leaves out a value quoted in the message', () => {
    expect(loggableError(new Error('invalid input syntax for type uuid: "090-1234-5678"'))).not.toContain('090-1234-5678');
  });
});
