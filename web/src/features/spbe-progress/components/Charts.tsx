import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import '../spbe-progress.css';

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

export interface TrendPoint {
  year: number;
  official: number | null;
  selfAssessed: number | null;
}

export function TrendLines({ points, target }: { points: TrendPoint[]; target: number }) {
  const { t } = useTranslation();
  return (
    <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" />
      <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
      <Tooltip />
      <Legend />
      <ReferenceLine y={target} stroke="#b45309" strokeDasharray="4 4" label={t('spbeProgress.chart.target')} />
      <Line type="monotone" dataKey="official" name={t('spbeProgress.official')} stroke="#1d4ed8" strokeWidth={2} connectNulls />
      <Line
        type="monotone"
        dataKey="selfAssessed"
        name={t('spbeProgress.selfAssessed')}
        stroke="#047857"
        strokeWidth={2}
        strokeDasharray="6 3"
        connectNulls
      />
    </LineChart>
  );
}

export interface MonthlyDatum {
  month: string;
  enrolments: number;
  completions: number;
  sessionsHeld: number;
  playbookStepsDone: number;
}

export function MonthlyLines({ data }: { data: MonthlyDatum[] }) {
  const { t } = useTranslation();
  return (
    <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="month" />
      <YAxis allowDecimals={false} />
      <Tooltip />
      <Legend />
      <Line type="monotone" dataKey="enrolments" name={t('spbeProgress.figures.enrolments')} stroke="#1d4ed8" strokeWidth={2} />
      <Line type="monotone" dataKey="completions" name={t('spbeProgress.figures.completions')} stroke="#047857" strokeWidth={2} />
      <Line type="monotone" dataKey="sessionsHeld" name={t('spbeProgress.figures.sessionsHeld')} stroke="#7c3aed" strokeWidth={2} />
      <Line
        type="monotone"
        dataKey="playbookStepsDone"
        name={t('spbeProgress.figures.playbookStepsDone')}
        stroke="#b45309"
        strokeWidth={2}
      />
    </LineChart>
  );
}

export function IndexBars({ data, target }: { data: Array<{ name: string; index: number | null }>; target: number }) {
  const { t } = useTranslation();
  return (
    <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="name" />
      <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} />
      <Tooltip />
      <Legend />
      <ReferenceLine y={target} stroke="#b45309" strokeDasharray="4 4" label={t('spbeProgress.chart.target')} />
      <Bar dataKey="index" name={t('spbeProgress.figures.latestIndex')} fill="#1d4ed8" />
    </BarChart>
  );
}
