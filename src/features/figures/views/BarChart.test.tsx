import { describe, expect, it } from 'vitest';
import { BarChart, labelWidthFor } from './BarChart.tsx';

describe('BarChart', () => {
  it('leaves room for its longest label, so no label starts left of the chart', async () => {
    const label = '地域の集いの場・サロンの立ち上げ支援';
    const svg = String(await (<BarChart title="t" counts={[{ label, count: 3 }, { label: '除雪', count: 1 }]} />));
    const anchor = Number(/<text x="(\d+)"[^>]*text-anchor="end"/.exec(svg)![1]);
    // 14 units a full-width character: the label's start (anchor minus its width) stays inside the picture.
    expect(anchor - [...label].length * 14).toBeGreaterThanOrEqual(0);
    expect(labelWidthFor(['除雪'])).toBe(180);
  });
});
