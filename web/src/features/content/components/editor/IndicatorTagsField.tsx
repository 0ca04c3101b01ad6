import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorPicker } from '../../../../components/IndicatorPicker';
import { FrameworksQuery } from '../../../../lib/spbe';
import { frameworkLabel, PEMDI_FRAMEWORK } from '../FrameworkLabel';
import { type IndicatorTagValue, sortedTags } from './draft';

interface IndicatorTagsFieldProps {
  id: string;
  tags: readonly IndicatorTagValue[];
  onChange(tags: IndicatorTagValue[]): void;
  error?: string;
}

/**
 * Tags of either framework: the author chooses a framework (Indeks Pemdi by default, or the one the
 * content is already tagged with), then its indicators in the shared picker. Tags of the other
 * framework are kept and listed, so switching never loses them.
 */
export function IndicatorTagsField({ id, tags, onChange, error }: IndicatorTagsFieldProps) {
  const { t } = useTranslation('content');
  const frameworks = useQuery(FrameworksQuery).data?.spbeFrameworks ?? [];
  const codes = frameworks.length > 0 ? frameworks.map((framework) => framework.code) : [PEMDI_FRAMEWORK];
  const tagged = [...new Set(tags.map((tag) => tag.frameworkCode))];
  const [chosen, setChosen] = useState<string>(() => (tagged.length === 1 ? tagged[0] : PEMDI_FRAMEWORK));
  const inChosen = tags.filter((tag) => tag.frameworkCode === chosen).map((tag) => tag.code);
  const others = tags.filter((tag) => tag.frameworkCode !== chosen);

  function change(nextCodes: string[]) {
    onChange(sortedTags([...others, ...nextCodes.map((code) => ({ frameworkCode: chosen, code }))]));
  }

  return (
    <div className="indicator-tags">
      <fieldset>
        <legend>{t('editor.tagFramework')}</legend>
        <p className="field-hint">{t('editor.tagFrameworkHint')}</p>
        {codes.map((code) => (
          <div key={code} className="checkbox">
            <input
              type="radio"
              id={`${id}-framework-${code}`}
              name={`${id}-framework`}
              value={code}
              checked={chosen === code}
              onChange={() => setChosen(code)}
            />
            <label htmlFor={`${id}-framework-${code}`}>{frameworkLabel(t, code)}</label>
          </div>
        ))}
      </fieldset>
      {others.length > 0 ? (
        <p className="muted">
          {t('editor.otherFrameworkTags', {
            count: others.length,
            codes: others.map((tag) => `${frameworkLabel(t, tag.frameworkCode, true)} ${tag.code}`).join(', '),
          })}
        </p>
      ) : null}
      <IndicatorPicker
        key={chosen}
        id={id}
        frameworkCode={chosen}
        selected={inChosen}
        onChange={change}
        error={error}
        legend={t('editor.tagIndicators', { framework: frameworkLabel(t, chosen) })}
      />
    </div>
  );
}
