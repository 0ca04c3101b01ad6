import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscussionCountsQuery } from '../api/operations';
import { DiscussionThread } from './DiscussionThread';

/**
 * A playbook step's questions behind a summary with their number: the thread loads only when opened,
 * so a long playbook stays light on a slow connection. The counts are one query for the whole item
 * (Apollo shares it between the steps).
 */
export function DiscussionDisclosure({ itemId, targetKey }: { itemId: string; targetKey: string }) {
  const { t } = useTranslation('discussions');
  const [open, setOpen] = useState(false);
  const { data } = useQuery(DiscussionCountsQuery, { variables: { itemId } });
  const count = data?.discussionCounts.find((row) => row.targetKey === targetKey)?.questionCount ?? 0;
  return (
    <details className="discussion-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('discussions.stepSummary', { count })}</summary>
      {open ? <DiscussionThread itemId={itemId} targetKey={targetKey} heading="h4" /> : null}
    </details>
  );
}
