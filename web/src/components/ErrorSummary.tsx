import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** id of the input to jump to, if any. */
  fieldId?: string;
  message: string;
}

/** The form's problems in one place, announced on appearance, each linking to its field. */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[]; title?: string }>(function ErrorSummary(
  { items, title },
  ref,
) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="notice notice-error error-summary" role="alert" ref={ref} tabIndex={-1}>
      <p className="notice-title">{title ?? t('common.errorSummaryTitle')}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId ?? '')?.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
