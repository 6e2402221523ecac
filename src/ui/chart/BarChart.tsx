import { useId, type ReactElement } from 'react';
import { chartMax, valueText, type ChartData } from './chartData';

const WIDTH = 640;
const ROW = 46;
const BAR = 18;
const LABEL_GAP = 18;

/**
 * Horizontal bars drawn as SVG, read out as one image with the chart's title and summary (the
 * table beside it gives every figure). Every bar is labelled with its name and value in text;
 * a hidden count ("*") is a hatched stub with "hidden" written by it, so nothing is told by
 * colour alone.
 */
export function BarChart({ data }: { data: ChartData }): ReactElement {
  const id = useId();
  const max = chartMax(data.rows);
  const height = data.rows.length * ROW + 8;
  const usable = WIDTH - 110;
  return (
    <svg
      className="app-bar-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      data-testid={`chart-${data.id}`}
    >
      <title id={`${id}-title`}>{data.title}</title>
      <desc id={`${id}-desc`}>{data.summary}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#4c6272" strokeWidth="3" />
        </pattern>
      </defs>
      {data.rows.map((row, i) => {
        const y = i * ROW + LABEL_GAP;
        const hidden = row.value === '*';
        const length = typeof row.value === 'number' ? Math.max(2, (row.value / max) * usable) : 0;
        const barLength = hidden ? 24 : length;
        let note = valueText(row);
        if (hidden) {
          note = '* hidden (1 to 7)';
        }
        return (
          <g key={row.key} aria-hidden="true">
            <text x="0" y={y - 4} className="app-bar-chart__label">
              {row.label}
            </text>
            <rect
              x="0"
              y={y}
              width={barLength}
              height={BAR}
              fill={hidden ? `url(#${id}-hatch)` : '#005eb8'}
              stroke={hidden ? '#4c6272' : 'none'}
            />
            <text x={barLength + 6} y={y + BAR - 4} className="app-bar-chart__value">
              {note}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
