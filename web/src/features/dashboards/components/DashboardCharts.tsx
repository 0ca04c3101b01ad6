import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

export interface MonthlyDatum {
  month: string;
  enrolments: number;
  completions: number;
  sessionsHeld: number;
  playbookStepsDone: number;
}

export function MonthlyLines({ data }: { data: MonthlyDatum[] }) {
  const { t } = useTranslation('dashboards');
  return (
    <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="month" />
      <YAxis allowDecimals={false} />
      <Tooltip />
      <Legend />
      <Line type="monotone" dataKey="enrolments" name={t('figures.enrolments')} stroke="#1d4ed8" strokeWidth={2} />
      <Line type="monotone" dataKey="completions" name={t('figures.completions')} stroke="#047857" strokeWidth={2} />
      <Line type="monotone" dataKey="sessionsHeld" name={t('figures.sessionsHeld')} stroke="#7c3aed" strokeWidth={2} />
      <Line type="monotone" dataKey="playbookStepsDone" name={t('figures.playbookStepsDone')} stroke="#b45309" strokeWidth={2} />
    </LineChart>
  );
}

export function IndexBars({ data, target }: { data: Array<{ name: string; index: number | null }>; target: number }) {
  const { t } = useTranslation('dashboards');
  return (
    <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="name" />
      <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} />
      <Tooltip />
      <Legend />
      <ReferenceLine y={target} stroke="#b45309" strokeDasharray="4 4" label={t('chart.target')} />
      <Bar dataKey="index" name={t('figures.latestIndex')} fill="#1d4ed8" />
    </BarChart>
  );
}
