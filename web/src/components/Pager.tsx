import { useTranslation } from 'react-i18next';

/**
 * Previous and next buttons with "Page n of m" under a `{ items, totalCount }` list; nothing when one
 * page holds the whole list. `page` counts from 1; `label` names the navigation landmark.
 */
export function Pager({
  page,
  pageSize,
  total,
  label,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  label: string;
  onPage(page: number): void;
}) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  const pages = Math.ceil(total / pageSize);
  return (
    <nav aria-label={label} className="pagination">
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <span>{t('pagination.page', { page, pages })}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
