import { describe, expect, it } from 'vitest';
import type { GuidebookDocument } from './guidebook-document.ts';
import { smallGuidebook } from './guidebook-fixture.ts';
import { renderGuidebookInChild } from './guidebook-render-child.ts';

// Each test starts a render process (Node, then the TypeScript sources): seconds on a busy machine.
describe('renderGuidebookInChild', { timeout: 60_000 }, () => {
  it('returns the PDF from a child process with progress ending once at total, and the child’s peak memory', async () => {
    const doc = smallGuidebook();
    const calls: [number, number][] = [];
    let peakRssMb = 0;
    const pdf = await renderGuidebookInChild(doc, (done, total) => calls.push([done, total]), (stats) => (peakRssMb = stats.peakRssMb));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(calls.filter(([done]) => done === 13)).toEqual([[13, 13]]);
    expect(calls.at(-1)).toEqual([13, 13]);
    expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b));
    expect(peakRssMb).toBeGreaterThan(0);
  });

  it('rejects with the child’s error when rendering fails', async () => {
    const broken = { ...smallGuidebook(), sections: [{ heading: '壊れた', entries: [{ name: 1 }] }] } as unknown as GuidebookDocument;
    await expect(renderGuidebookInChild(broken)).rejects.toThrow(/Guidebook render process failed/);
  });
});
