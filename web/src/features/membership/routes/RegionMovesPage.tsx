import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { toApiError, useErrorMessage } from '../../../lib/errors';
import { regionLabel } from '../../../lib/regions';
import { useCan } from '../../../lib/use-can';
import { useFocusOnChange } from '../../../lib/use-focus-on-change';
import { useFormat } from '../../../lib/use-format';
import { ApproveRegionMoveMutation, PendingRegionMovesQuery, RejectRegionMoveMutation } from '../api/operations';

export const PAGE_SIZE = 50;

/** /koordinasi/pindah-wilayah: requests to move into the regions a coordinator coordinates (admins: all). */
export default function RegionMovesPage() {
  const { t } = useTranslation('membership');
  const can = useCan();
  return (
    <>
      <PageHeading>{t('decide.title')}</PageHeading>
      {can('coordinateRegions') ? (
        <PendingMoves />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('decide.noAccess')}
        </p>
      )}
    </>
  );
}

function PendingMoves() {
  const { t } = useTranslation('membership');
  const format = useFormat();
  const message = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(PendingRegionMovesQuery, {
    variables: { limit: PAGE_SIZE, offset: 0 },
    fetchPolicy: 'cache-and-network',
  });
  const [approve, approving] = useMutation(ApproveRegionMoveMutation, { refetchQueries: [PendingRegionMovesQuery] });
  const [reject, rejecting] = useMutation(RejectRegionMoveMutation, { refetchQueries: [PendingRegionMovesQuery] });
  const [rejectingId, setRejectingId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  // Focus goes to the line that says what was decided (the row itself leaves the list).
  const outcomeRef = useFocusOnChange<HTMLParagraphElement>(outcome);

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const requests = data?.regionMoveRequests.items ?? [];

  async function decide(work: () => Promise<unknown>, text: string) {
    try {
      await work();
      setOutcome({ text, failed: false });
      setRejectingId(null);
      setReason('');
    } catch (caught) {
      setOutcome({ text: message(toApiError(caught)), failed: true });
    }
  }

  function submitRejection(event: FormEvent, id: string, name: string) {
    event.preventDefault();
    void decide(() => reject({ variables: { id, reason: reason.trim() } }), t('decide.rejected', { name }));
  }

  return (
    <>
      <p
        ref={outcomeRef}
        tabIndex={-1}
        role={outcome?.failed ? 'alert' : 'status'}
        className={outcome?.failed ? 'notice notice-error' : 'status-text'}
      >
        {outcome?.text ?? ''}
      </p>
      {requests.length === 0 ? (
        <EmptyState>{t('decide.empty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {requests.map((request) => (
            <li key={request.id} className="card">
              <h2 className="item-title">{request.user.fullName}</h2>
              <p>
                {request.fromRegion
                  ? t('decide.fromTo', { from: regionLabel(request.fromRegion, t), to: regionLabel(request.toRegion, t) })
                  : t('decide.join', { to: regionLabel(request.toRegion, t) })}
                <br />
                <span className="muted">{t('decide.askedAt', { date: format.dateTime(request.createdAt) })}</span>
              </p>
              {rejectingId === request.id ? (
                <form onSubmit={(event) => submitRejection(event, request.id, request.user.fullName)} noValidate>
                  <TextField
                    id={`reject-reason-${request.id}`}
                    label={t('decide.reasonLabel', { name: request.user.fullName })}
                    value={reason}
                    onValueChange={setReason}
                    required
                  />
                  <div className="actions">
                    <button type="submit" className="button button-primary" disabled={rejecting.loading || reason.trim() === ''}>
                      {t('decide.confirmReject')}
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => setRejectingId(null)}>
                      {t('decide.back')}
                    </button>
                  </div>
                </form>
              ) : (
                <div className="actions">
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={approving.loading}
                    onClick={() =>
                      void decide(() => approve({ variables: { id: request.id } }), t('decide.approved', { name: request.user.fullName }))
                    }
                  >
                    {t('decide.approve')}
                    <span className="visually-hidden">: {request.user.fullName}</span>
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => setRejectingId(request.id)}>
                    {t('decide.reject')}
                    <span className="visually-hidden">: {request.user.fullName}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
