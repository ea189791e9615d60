import { describe, expect, it } from 'vitest';
import { sharedBuffersMb } from './client.ts';

const mb = 1024 * 1024;

describe('PGlite shared buffers sized to the data', () => {
  it('gives a new or small database 64 MB', () => {
    expect(sharedBuffersMb(0)).toBe(64);
    expect(sharedBuffersMb(150 * mb)).toBe(64);
  });
  it('grows to a third of a large directory', () => {
    expect(sharedBuffersMb(450 * mb)).toBe(150);
  });
  it('never goes past 256 MB', () => {
    expect(sharedBuffersMb(10_000 * mb)).toBe(256);
  });
});
