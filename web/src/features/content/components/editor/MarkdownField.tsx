import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../../components/FormField';
import { Markdown } from '../../../../components/Markdown';

interface MarkdownFieldProps {
  id: string;
  label: string;
  /** Says which one this is when several fields share a label ("Isi pelajaran" of lesson 2). */
  context?: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange(value: string): void;
  rows?: number;
}

/** A Markdown textarea with a "Pratinjau" disclosure button that shows what learners will see. */
export function MarkdownField({ id, label, context, hint, error, value, onValueChange, rows = 8 }: MarkdownFieldProps) {
  const { t } = useTranslation('content');
  const [preview, setPreview] = useState(false);
  const previewId = `${id}-preview`;
  const name = context ? `${label}, ${context}` : label;
  return (
    <TextAreaField
      id={id}
      label={label}
      hint={hint ?? t('editor.markdownHint')}
      error={error}
      value={value}
      onValueChange={onValueChange}
      rows={rows}
      after={
        <>
          <div>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-expanded={preview}
              aria-controls={previewId}
              onClick={() => setPreview(!preview)}
            >
              {t('editor.preview')}
              <span className="visually-hidden"> {name}</span>
            </button>
          </div>
          {/* Not a labelled region: its name would contain the field's label and make "Isi pelajaran" ambiguous. */}
          <div id={previewId} className="markdown-preview" hidden={!preview}>
            {preview ? (
              <>
                <p className="preview-label">{t('editor.previewOf', { label: name })}</p>
                {value.trim() ? <Markdown source={value} /> : <p className="muted">{t('editor.previewEmpty')}</p>}
              </>
            ) : null}
          </div>
        </>
      }
    />
  );
}
