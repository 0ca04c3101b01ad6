import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/FormField';
import { toApiError, useErrorMessage } from '../../../lib/errors';
import { SetSpbeLevelNamesMutation } from '../api/operations';

interface Level {
  level: number;
  name: string;
  nameEn?: string | null;
}

interface Props {
  frameworkCode: string;
  /** A domain's own level names (the Layanan domain); null for the framework's. */
  domainCode: string | null;
  /** What the form is for, e.g. "Tingkat kematangan domain Layanan". */
  title: string;
  levels: readonly Level[];
}

/** ADMIN only: renames the five level names (Indonesian and English) of a framework or of a domain. */
export function LevelNamesForm({ frameworkCode, domainCode, title, levels }: Props) {
  const { t } = useTranslation('spbe');
  const errorMessage = useErrorMessage();
  const id = useId();
  const [names, setNames] = useState(() => levels.map((level) => ({ level: level.level, name: level.name, nameEn: level.nameEn ?? '' })));
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [save, saving] = useMutation(SetSpbeLevelNamesMutation);

  const change = (level: number, field: 'name' | 'nameEn', value: string) =>
    setNames((previous) => previous.map((entry) => (entry.level === level ? { ...entry, [field]: value } : entry)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    setError('');
    try {
      await save({
        variables: { frameworkCode, domainCode, levels: names.map((entry) => ({ ...entry, nameEn: entry.nameEn.trim() || null })) },
      });
      setNotice(t('levelsForm.saved'));
    } catch (failure) {
      setError(errorMessage(toApiError(failure)));
    }
  };

  return (
    <form aria-labelledby={`${id}-title`} onSubmit={onSubmit} className="card level-names-form">
      <h3 id={`${id}-title`}>{t('levelsForm.title', { what: title })}</h3>
      {names.map((entry) => (
        <fieldset key={entry.level}>
          <legend>{t('levelsForm.level', { level: entry.level })}</legend>
          <TextField
            id={`${id}-name-${entry.level}`}
            label={t('levelsForm.name', { level: entry.level })}
            value={entry.name}
            onValueChange={(value) => change(entry.level, 'name', value)}
            required
            maxLength={100}
          />
          <TextField
            id={`${id}-name-en-${entry.level}`}
            label={t('levelsForm.nameEn', { level: entry.level })}
            value={entry.nameEn}
            onValueChange={(value) => change(entry.level, 'nameEn', value)}
            maxLength={100}
            lang="en"
          />
        </fieldset>
      ))}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status">{notice}</p>
      <button type="submit" disabled={saving.loading}>
        {t('levelsForm.save')}
      </button>
    </form>
  );
}
