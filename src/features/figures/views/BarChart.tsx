import type { Count } from '../service.ts';

/** A horizontal bar chart as server-rendered SVG; the table beside it carries the same numbers for screen readers and print. */
export function BarChart({ title, counts }: { title: string; counts: Count[] }) {
  if (counts.length === 0) return null;
  const max = Math.max(...counts.map((c) => c.count), 1);
  const rowHeight = 28;
  const labelWidth = labelWidthFor(counts.map((c) => c.label));
  const barWidth = 320;
  const height = counts.length * rowHeight + 8;
  return (
    <svg class="bar-chart" role="img" aria-label={title} viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
      <title>{title}</title>
      {counts.map((c, i) => {
        const y = i * rowHeight + 4;
        const width = Math.max(2, Math.round((c.count / max) * barWidth));
        return (
          <g>
            <text x={labelWidth - 8} y={y + 18} text-anchor="end" font-size={String(FONT_SIZE)} fill="#1a1a1a">
              {c.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 10} fill="#1d4f91" />
            <text x={labelWidth + width + 6} y={y + 18} font-size={String(FONT_SIZE)} fill="#1a1a1a">
              {String(c.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const FONT_SIZE = 14;

/**
 * Room for the longest label, so none is cut off at the chart's left edge:
 * a full-width character takes about one em, a Latin letter or digit about
 * 0.6 em. Never narrower than the old fixed 180 units.
 */
export function labelWidthFor(labels: string[]): number {
  const ems = (label: string) => [...label].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2000 ? 0.6 : 1), 0);
  return Math.max(180, Math.ceil(Math.max(0, ...labels.map(ems)) * FONT_SIZE) + 16);
}
