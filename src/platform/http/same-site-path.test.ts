import { describe, expect, it } from 'vitest';
import { sameSitePath } from './same-site-path.ts';

const origin = 'https://asahikawa.example.jp';

describe('sameSitePath', () => {
  it('keeps a path of this site with its query', () => {
    expect(sameSitePath('/staff/resources?q=%E9%9B%AA', origin)).toBe('/staff/resources?q=%E9%9B%AA');
    expect(sameSitePath('/staff/events/1#participants', origin)).toBe('/staff/events/1#participants');
  });

  it('refuses anything a browser could follow to another site', () => {
    for (const hostile of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/%09/evil.example', 'https://evil.example', '/%2F%2Fevil.example', '/%5Cevil.example', '/\r\nLocation: https://evil.example', '/%0d%0aSet-Cookie:x=1', '/staff\u0000', 'staff', '', '/%E0%A4%A']) {
      expect(sameSitePath(hostile, origin), JSON.stringify(hostile)).toBeNull();
    }
    expect(sameSitePath(undefined, origin)).toBeNull();
  });
});
