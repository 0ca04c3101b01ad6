import { useMutation } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemFieldsFragment } from '../../../gql/graphql';
import { type ApiError, errorMessage, toApiError } from '../../../lib/errors';
import { useFormat } from '../../../lib/use-format';
import { SetActionItemDoneMutation } from '../api/operations';

type Item = ActionItemFieldsFragment;

/** Action items with a "Selesai" checkbox for those the viewer may tick (owner, mentor, coordinator). */
export function ActionItemList({
  idPrefix,
  items,
  canToggle,
  extra,
}: {
  /** Keeps ids unique when an item is listed twice on a page (agenda and its session). */
  idPrefix: string;
  items: readonly Item[];
  canToggle(item: Item): boolean;
  /** E.g. a link to the item's pair. */
  extra?(item: Item): ReactNode;
}) {
  const { t } = useTranslation('mentoring');
  const format = useFormat();
  const [setDone] = useMutation(SetActionItemDoneMutation);
  // The box follows the click at once; the server's answer then confirms it (or a failure puts it back).
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function toggle(item: Item, done: boolean) {
    setPending((previous) => ({ ...previous, [item.id]: done }));
    setFailure(null);
    try {
      await setDone({ variables: { actionItemId: item.id, done } });
      setAnnouncement(
        done ? t('mentoring.actionItems.markedDone', { text: item.text }) : t('mentoring.actionItems.markedOpen', { text: item.text }),
      );
    } catch (error) {
      setFailure(toApiError(error));
    } finally {
      setPending(({ [item.id]: _, ...rest }) => rest);
    }
  }

  return (
    <>
      <ul className="plain-list action-items">
        {items.map((item) => {
          const id = `${idPrefix}-${item.id}`;
          return (
            <li key={item.id} className={item.doneAt ? 'action-item action-item-done' : 'action-item'}>
              <p className="action-item-text">{item.text}</p>
              <p className="muted">
                {t('mentoring.actionItems.owner', { name: item.owner.fullName })}
                {item.dueDate ? ` · ${t('mentoring.actionItems.due', { date: format.day(item.dueDate) })}` : ''}
              </p>
              {canToggle(item) ? (
                <div className="checkbox">
                  <input
                    type="checkbox"
                    id={id}
                    checked={pending[item.id] ?? Boolean(item.doneAt)}
                    aria-busy={item.id in pending || undefined}
                    onChange={(event) => void toggle(item, event.target.checked)}
                    aria-label={t('mentoring.actionItems.doneLabel', { text: item.text })}
                  />
                  <label htmlFor={id}>{t('mentoring.actionItems.done')}</label>
                </div>
              ) : item.doneAt ? (
                <p>{t('mentoring.actionItems.doneOn', { date: format.dateTime(item.doneAt) })}</p>
              ) : null}
              {extra?.(item)}
            </li>
          );
        })}
      </ul>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, failure)}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
