import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../components/RegionPicker';
import { ErrorState, LoadingState } from '../../../components/States';
import { toApiError, useErrorMessage } from '../../../lib/errors';
import { regionLabel } from '../../../lib/regions';
import { useFocusOnChange } from '../../../lib/use-focus-on-change';
import { useFormat } from '../../../lib/use-format';
import { CancelMyRegionMoveMutation, MyRegionMoveQuery, RequestRegionMoveMutation } from '../api/operations';

/**
 * On the profile page: a person's region is verified membership, so changing it is a request a
 * coordinator of the new region (or an admin) approves. Shows the pending or last decided request.
 */
export function RegionMoveSection({ currentRegionCode }: { currentRegionCode: string | null }) {
  const { t } = useTranslation('membership');
  const format = useFormat();
  const message = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(MyRegionMoveQuery, { fetchPolicy: 'cache-and-network' });
  const [toRegionCode, setToRegionCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');
  // After a request or a cancellation, focus goes to the status line that says what happened.
  const status = useFocusOnChange<HTMLParagraphElement>(done);
  const [requestMove, requesting] = useMutation(RequestRegionMoveMutation, { refetchQueries: [MyRegionMoveQuery] });
  const [cancelMove, cancelling] = useMutation(CancelMyRegionMoveMutation, { refetchQueries: [MyRegionMoveQuery] });

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const request = data?.myRegionMoveRequest ?? null;
  const pending = request?.status === 'PENDING';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!toRegionCode || toRegionCode === currentRegionCode) {
      setProblem(t('move.pickOther'));
      return;
    }
    try {
      await requestMove({ variables: { toRegionCode } });
      setDone(t('move.requested'));
    } catch (caught) {
      setProblem(message(toApiError(caught)));
    }
  }

  async function cancel() {
    setProblem(null);
    try {
      await cancelMove();
      setDone(t('move.cancelled'));
    } catch (caught) {
      setProblem(message(toApiError(caught)));
    }
  }

  return (
    <div className="region-move">
      <p ref={status} tabIndex={-1} role="status" className="status-text">
        {done}
      </p>
      {request && request.status !== 'CANCELLED' ? (
        <p>
          {t(`move.status.${request.status}`, {
            // A new account's request to join its first region reads "join", not "move".
            context: request.fromRegion ? undefined : 'join',
            region: regionLabel(request.toRegion, t),
            date: format.dateTime(request.decidedAt ?? request.createdAt),
          })}
          {request.status === 'REJECTED' && request.reason ? ` ${t('move.reason', { reason: request.reason })}` : ''}
        </p>
      ) : null}
      {problem ? (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      ) : null}
      {pending ? (
        <button type="button" className="button button-secondary" onClick={() => void cancel()} disabled={cancelling.loading}>
          {t('move.cancel')}
        </button>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p className="hint">{t(currentRegionCode ? 'move.lead' : 'move.joinLead')}</p>
          <RegionPicker idPrefix="region-move" value={toRegionCode} onChange={setToRegionCode} />
          <button type="submit" className="button button-primary" disabled={requesting.loading}>
            {t(currentRegionCode ? 'move.submit' : 'move.joinSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}
