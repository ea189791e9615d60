import { describe, expect, it } from 'vitest';
import { isReadableFormText, isReadableJson, isReadableText } from './readable-text.ts';

describe('readable text', () => {
  it('accepts Japanese, emoji, tabs and line breaks', () => {
    expect(isReadableText('雪かき 😀\t改行\r\nあり')).toBe(true);
    expect(isReadableFormText('name=%E9%9B%AA%E3%81%8B%E3%81%8D+%F0%9F%98%80&q=')).toBe(true);
    expect(isReadableJson({ name: '雪かき', list: ['😀', 1, null] })).toBe(true);
  });

  it('refuses NUL, lone surrogates and bytes that are not UTF-8', () => {
    expect(isReadableText('a\u0000b')).toBe(false);
    expect(isReadableText('\ud800')).toBe(false);
    expect(isReadableText('\udc00a')).toBe(false);
    for (const encoded of ['name=a%00b', 'name=%ED%A0%80', 'name=%FF', 'a%00=1', 'name=%E3%81']) expect(isReadableFormText(encoded), encoded).toBe(false);
    expect(isReadableJson({ fields: { name: 'a\u0000' } })).toBe(false);
    expect(isReadableJson({ ['\ud800']: 'x' })).toBe(false);
  });
});
