import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvDownloadError, downloadCsvExport } from '../lib/csv-export';

interface Props {
  path: string;
  params: Record<string, string>;
  fileName: string;
  /** The button's text when a page has more than one export (e.g. "Unduh sesi (CSV)"). */
  label?: string;
}

/**
 * Downloads one of the server's CSV exports: the file's language follows the UI, and "semicolon
 * separator" (checked by default in Bahasa Indonesia, as Excel on Indonesian settings expects) picks
 * `;` instead of `,` between fields.
 */
export function CsvExportButton({ path, params, fileName, label }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [semicolon, setSemicolon] = useState(i18n.language !== 'en');
  const [state, setState] = useState<{ phase: 'idle' | 'busy' | 'done' | 'failed'; message: string }>({ phase: 'idle', message: '' });
  const text = label ?? t('csvExport.download');

  const onDownload = async () => {
    setState({ phase: 'busy', message: t('csvExport.downloading') });
    try {
      await downloadCsvExport({ path, params, fileName, language: i18n.language, semicolon });
      setState({ phase: 'done', message: t('csvExport.downloaded', { file: fileName }) });
    } catch (failure) {
      const status = failure instanceof CsvDownloadError ? failure.status : 0;
      setState({
        phase: 'failed',
        message: status === 401 ? t('errors.code.UNAUTHENTICATED') : status === 403 ? t('errors.code.FORBIDDEN') : t('csvExport.failed'),
      });
    }
  };

  return (
    <fieldset className="csv-export">
      <legend className="visually-hidden">{text}</legend>
      <button type="button" className="button button-secondary" onClick={() => void onDownload()} disabled={state.phase === 'busy'}>
        {text}
      </button>
      <div className="checkbox">
        <input id={`${id}-semicolon`} type="checkbox" checked={semicolon} onChange={(event) => setSemicolon(event.target.checked)} />
        <label htmlFor={`${id}-semicolon`}>{t('csvExport.semicolon')}</label>
      </div>
      {state.phase === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : (
        <p role="status" className="status-text">
          {state.message}
        </p>
      )}
    </fieldset>
  );
}
