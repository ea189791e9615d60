import { describe, expect, it } from 'vitest';
import { copyField, copyText } from './copy-text.ts';

describe('COPY text fields', () => {
  it('writes NULL as \\N and escapes what would end a field or a line', () => {
    expect(copyField(null, 'scalar')).toBe('\\N');
    expect(copyField(undefined, 'json')).toBe('\\N');
    expect(copyField('a\tb\nc\rd\\e', 'scalar')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('\\N', 'scalar')).toBe('\\\\N');
  });

  it('writes dates in ISO form, booleans as t/f and numbers as they are', () => {
    expect(copyField(new Date(Date.UTC(2026, 11, 2, 1, 2, 3)), 'scalar')).toBe('2026-12-02T01:02:03.000Z');
    expect(copyField(true, 'scalar')).toBe('t');
    expect(copyField(false, 'scalar')).toBe('f');
    expect(copyField(43.77, 'scalar')).toBe('43.77');
  });

  it('quotes every array element, so commas, braces, quotes and the word NULL stay text', () => {
    expect(copyField([], 'array')).toBe('{}');
    expect(copyField(['a,b', '{c}', 'say "hi"', 'NULL', null], 'array')).toBe('{"a,b","{c}","say \\\\"hi\\\\"","NULL",NULL}');
    expect(copyField([1, 3], 'array')).toBe('{"1","3"}');
    expect(copyField(['plain', 'back\\slash', 'tab\there'], 'array')).toBe('{"plain","back\\\\\\\\slash","tab\\there"}');
  });

  it('writes JSON documents with their newlines escaped', () => {
    expect(copyField({ note: 'line\nline', n: 1 }, 'json')).toBe('{"note":"line\\\\nline","n":1}');
  });

  it('makes one tab-separated line a row, in the columns given', () => {
    const text = copyText([{ a: 1, b: 'x' }, { a: 2 }], [{ key: 'b', kind: 'scalar' }, { key: 'a', kind: 'scalar' }]);
    expect(text).toBe('x\t1\n\\N\t2\n');
  });
});
