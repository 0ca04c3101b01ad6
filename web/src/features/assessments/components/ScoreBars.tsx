import { useTranslation } from 'react-i18next';
import { formatIndex } from '../../../lib/spbe-format';

interface Score {
  code: string;
  name: string;
  score: number;
}

/** Domain or aspect scores (1-5) as a table with a bar for each: the numbers are the text, the bars decoration. */
export function ScoreBars({ caption, scores }: { caption: string; scores: readonly Score[] }) {
  const { t, i18n } = useTranslation('assessments');
  return (
    <div className="table-wrap">
      <table className="spbe-scores">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.group')}</th>
            <th scope="col" className="numeric">
              {t('scores.score')}
            </th>
            <th scope="col" className="spbe-bar-col">
              <span className="visually-hidden">{t('scores.bar')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scores.map((score) => (
            <tr key={score.code}>
              <th scope="row">
                {score.code} · {score.name}
              </th>
              <td className="numeric">{formatIndex(score.score, i18n.language)}</td>
              <td className="spbe-bar-col">
                <span className="spbe-bar" aria-hidden="true">
                  <span className="spbe-bar-fill" style={{ width: `${Math.max(0, Math.min(100, ((score.score - 1) / 4) * 100))}%` }} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
