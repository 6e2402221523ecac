import { useId, type ReactElement } from 'react';
import { chartMax, valueText, type ChartData } from './chartData';

const ROW = 46;
/** The longest bar, as a share of the chart's width (room is left for its value). */
const LONGEST = 62;
const BAR = 18;
const LABEL_GAP = 18;

/**
 * Horizontal bars drawn as SVG, read out as one image with the chart's title and summary (the
 * table beside it gives every figure). Every bar is labelled with its name and value in text;
 * a hidden count ("*") is a hatched stub with "hidden" written by it, so nothing is told by
 * colour alone.
 */
export function BarChart({ data }: { data: ChartData }): ReactElement {
  // An id safe inside url(#…) (React's ids carry punctuation).
  const id = `chart${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const max = chartMax(data.rows);
  const height = data.rows.length * ROW + 8;
  return (
    <svg
      className="app-bar-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      // No viewBox: text stays at its size on a narrow screen; bars are a share of the width.
      width="100%"
      height={height}
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
        const share = typeof row.value === 'number' ? (row.value / max) * LONGEST : 0;
        // A hidden count is a fixed hatched stub; a shown one at least a sliver, so 0 is still marked.
        const barLength = hidden ? '24' : `${String(Math.max(share, 0.4))}%`;
        const valueAt = hidden ? '24' : `${String(share)}%`;
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
            <text x={valueAt} dx="6" y={y + BAR - 4} className="app-bar-chart__value">
              {note}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
