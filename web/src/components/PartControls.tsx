import { useTranslation } from 'react-i18next';

interface PartControlsProps {
  /** Prefix of the buttons' ids; the moved part's button gets focus back after a move. */
  idBase: string;
  index: number;
  count: number;
  /** "pelajaran 2": completes the buttons' accessible names ("Naikkan pelajaran 2"). */
  suffix: string;
  onMove?(delta: -1 | 1): void;
  onRemove(): void;
  canRemove?: boolean;
}

export function PartControls({ idBase, index, count, suffix, onMove, onRemove, canRemove = true }: PartControlsProps) {
  const { t } = useTranslation();
  const hidden = <span className="visually-hidden"> {suffix}</span>;
  return (
    <div className="part-controls">
      {onMove ? (
        <>
          <button
            type="button"
            id={`${idBase}-up`}
            className="button button-secondary button-small"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑ </span>
            {t('parts.moveUp')}
            {hidden}
          </button>
          <button
            type="button"
            id={`${idBase}-down`}
            className="button button-secondary button-small"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓ </span>
            {t('parts.moveDown')}
            {hidden}
          </button>
        </>
      ) : null}
      {canRemove ? (
        <button type="button" id={`${idBase}-remove`} className="button button-secondary button-small" onClick={onRemove}>
          {t('parts.remove')}
          {hidden}
        </button>
      ) : null}
    </div>
  );
}

/** A copy of `list` with the element at `index` moved by `delta`. */
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [part] = next.splice(index, 1);
  next.splice(target, 0, part);
  return next;
}

/** After a move the buttons re-render: keep focus on the moved part (the same button, or the other one at an end). */
export function focusAfterMove(idBase: string, delta: -1 | 1) {
  requestAnimationFrame(() => {
    const same = document.getElementById(`${idBase}-${delta === -1 ? 'up' : 'down'}`) as HTMLButtonElement | null;
    const other = document.getElementById(`${idBase}-${delta === -1 ? 'down' : 'up'}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  });
}
