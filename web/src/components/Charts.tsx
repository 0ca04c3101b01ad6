import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import './charts.css';

/** Charts need layout measurement; without it (e.g. in tests) only the table alternative is shown. */
const canMeasure = typeof window !== 'undefined' && typeof window.ResizeObserver !== 'undefined';

/**
 * A chart with its text alternative: the drawing is hidden from assistive technology and the same
 * numbers follow in a table with a caption, which everyone can read.
 */
export function ChartFigure({
  id,
  title,
  summary,
  chart,
  table,
}: {
  id: string;
  title: string;
  summary?: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="spbe-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="spbe-chart-title">
        {title}
      </figcaption>
      {summary ? <p className="spbe-chart-summary">{summary}</p> : null}
      {canMeasure ? (
        <div className="spbe-chart-canvas" aria-hidden="true">
          <ResponsiveContainer width="100%" height={240}>
            {chart as React.ReactElement}
          </ResponsiveContainer>
        </div>
      ) : null}
      {table}
    </figure>
  );
}
