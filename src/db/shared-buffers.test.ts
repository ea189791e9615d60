import { describe, expect, it } from 'vitest';
import { sharedBuffersMb } from './client.ts';

const mb = 1024 * 1024;

describe('PGlite shared buffers sized to the data', () => {
  it('keeps a new or small database at 16 MB', () => {
    expect(sharedBuffersMb(0)).toBe(16);
    expect(sharedBuffersMb(20 * mb)).toBe(16);
  });
  it('grows to a third of a large directory', () => {
    expect(sharedBuffersMb(450 * mb)).toBe(150);
  });
  it('never goes past 256 MB', () => {
    expect(sharedBuffersMb(10_000 * mb)).toBe(256);
  });
});
