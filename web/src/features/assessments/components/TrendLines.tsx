import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

export interface TrendPoint {
  year: number;
  official: number | null;
  selfAssessed: number | null;
}

export function TrendLines({ points, target }: { points: TrendPoint[]; target: number }) {
  const { t } = useTranslation('assessments');
  return (
    <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" />
      <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
      <Tooltip />
      <Legend />
      <ReferenceLine y={target} stroke="#b45309" strokeDasharray="4 4" label={t('chart.target')} />
      <Line type="monotone" dataKey="official" name={t('official')} stroke="#1d4ed8" strokeWidth={2} connectNulls />
      <Line
        type="monotone"
        dataKey="selfAssessed"
        name={t('selfAssessed')}
        stroke="#047857"
        strokeWidth={2}
        strokeDasharray="6 3"
        connectNulls
      />
    </LineChart>
  );
}
