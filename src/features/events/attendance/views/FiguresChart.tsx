import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatFiscalYear } from '../../../../platform/wareki/wareki.ts';
import type { YearlyEventFigures } from '../service.ts';

const barWidth = 22;
const groupWidth = 70;
const chartHeight = 160;
const top = 20;
const left = 30;

/** Events held and volunteer trainings held per 年度, as two bars a year; drawn on the server, readable without JavaScript. */
export function FiguresChart({ page, figures }: { page: PageContext; figures: YearlyEventFigures[] }) {
  const { t } = page;
  const max = Math.max(1, ...figures.map((f) => f.eventsHeld));
  const height = (n: number) => Math.round((n / max) * chartHeight);
  const width = left + figures.length * groupWidth + 10;
  return (
    <figure class="figures-chart">
      <svg role="img" aria-labelledby="figures-chart-title" viewBox={`0 0 ${width} ${top + chartHeight + 40}`} width={width} height={top + chartHeight + 40}>
        <title id="figures-chart-title">{t('events.mgmt.figures.chartTitle')}</title>
        <line x1={left} y1={top + chartHeight} x2={width} y2={top + chartHeight} stroke="currentColor" />
        {figures.map((f, i) => {
          const x = left + i * groupWidth;
          return (
            <g>
              <rect x={x} y={top + chartHeight - height(f.eventsHeld)} width={barWidth} height={height(f.eventsHeld)} fill="#1d5fa8" />
              <text x={x + barWidth / 2} y={top + chartHeight - height(f.eventsHeld) - 4} text-anchor="middle" font-size="12">{String(f.eventsHeld)}</text>
              <rect x={x + barWidth + 2} y={top + chartHeight - height(f.trainingsHeld)} width={barWidth} height={height(f.trainingsHeld)} fill="#b35900" />
              <text x={x + barWidth * 1.5 + 2} y={top + chartHeight - height(f.trainingsHeld) - 4} text-anchor="middle" font-size="12">{String(f.trainingsHeld)}</text>
              <text x={x + barWidth} y={top + chartHeight + 16} text-anchor="middle" font-size="11">{formatFiscalYear(f.fiscalYear)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="legend legend--events">■ {t('events.mgmt.figures.eventsHeld')}</span> <span class="legend legend--trainings">■ {t('events.mgmt.figures.trainingsHeld')}</span>
      </figcaption>
    </figure>
  );
}
