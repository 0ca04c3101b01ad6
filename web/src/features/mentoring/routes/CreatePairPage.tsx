import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { FrameworkCode, MentoringErrorReason, pairRules } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { CoordinatedRegionSelect, useFirstCoordinatedRegion } from '../../../components/CoordinatedRegionSelect';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField';
import { IndicatorPicker } from '../../../components/IndicatorPicker';
import { PageHeading } from '../../../components/PageHeading';
import { CoordinationTabs } from '../../../components/SectionTabs';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { MentorSuggestionsQuery as SuggestionsData } from '../../../gql/graphql';
import { todayInWib } from '../../../lib/dates';
import { type ApiError, issuesByField, toApiError, useErrorMessage } from '../../../lib/errors';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { CreateMentoringPairMutation, MentorSuggestionsQuery, PairingLearnersQuery, PublishedPlaybooksQuery } from '../api/operations';
import { REGION_PARAM } from '../components/helpers';
import { issuesOf } from '../components/validation';
import '../mentoring.css';

type Suggestion = SuggestionsData['mentorSuggestions'][number];
type MenteeKind = 'LEARNER' | 'REGION_TEAM';

/** Input ids by field (server field names included). */
const FIELD_IDS: Record<string, string> = {
  regionCode: 'pair-region',
  menteeUserId: 'pair-learner',
  memberIds: 'pair-members',
  playbookId: 'pair-playbook',
  indicatorCodes: 'pair-indicators',
  goals: 'pair-goals',
  startDate: 'pair-startDate',
  endDate: 'pair-endDate',
  mentorId: 'pair-mentors',
  capacityOverrideReason: 'pair-override',
};

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The suggestion's reasons in words: expertise, authorship, load, rating, capacity. */
export function suggestionReasons(
  suggestion: Suggestion,
  t: (key: string, options?: Record<string, unknown>) => string,
  number: (value: number) => string,
): string[] {
  const reasons: string[] = [];
  if (suggestion.matchedIndicatorCodes.length > 0) {
    reasons.push(t('mentoring.suggest.expertIn', { codes: suggestion.matchedIndicatorCodes.join(', ') }));
  }
  if (suggestion.authoredPlaybook) reasons.push(t('mentoring.suggest.authoredPlaybook'));
  reasons.push(t('mentoring.load', { active: suggestion.activePairs, capacity: suggestion.capacity }));
  reasons.push(
    suggestion.averageRating === null || suggestion.averageRating === undefined
      ? t('mentoring.suggest.noRatings')
      : t('mentoring.suggest.rating', { rating: number(suggestion.averageRating), count: suggestion.ratings }),
  );
  if (suggestion.atCapacity) reasons.push(t('mentoring.atCapacity'));
  return reasons;
}

/** /koordinasi/mentoring/baru: a coordinator chooses the mentee and focus, then a mentor from the ranked suggestions. */
export default function CreatePairPage() {
  const { t } = useTranslation('mentoring');
  const can = useCan();
  if (!can('coordinateRegions')) {
    return (
      <>
        <PageHeading>{t('mentoring.create.title')}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('common.coordinatorsOnly')}
        </p>
      </>
    );
  }
  return <CreatePairForm />;
}

function CreatePairForm() {
  const { t } = useTranslation('mentoring');
  const errorText = useErrorMessage();
  const format = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const firstRegion = useFirstCoordinatedRegion();
  const regionCode = params.get(REGION_PARAM) ?? firstRegion;
  const today = todayInWib();
  const [values, setValues] = useState({
    menteeKind: 'REGION_TEAM' as MenteeKind,
    menteeUserId: '',
    memberIds: [] as string[],
    playbookId: '',
    indicatorCodes: [] as string[],
    goals: '',
    startDate: today,
    endDate: addDays(today, 90),
  });
  const [mentorId, setMentorId] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [serverSaysFull, setServerSaysFull] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const learners = useQuery(PairingLearnersQuery, { variables: { regionCode }, skip: !regionCode });
  const playbooks = useQuery(PublishedPlaybooksQuery);
  const [suggest, suggestions] = useLazyQuery(MentorSuggestionsQuery, { fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CreateMentoringPairMutation);
  const people = learners.data?.regionLearners.items.map((row) => row.learner) ?? [];
  const list = suggestions.data?.mentorSuggestions ?? [];
  const chosen = list.find((suggestion) => suggestion.mentor.id === mentorId);
  const needsReason = Boolean(chosen?.atCapacity) || serverSaysFull;

  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const errorOf = (field: string) => (fieldErrors[field] ? t(`validation.${fieldErrors[field]}`) : undefined);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field === 'mentorId' && list[0] ? `pair-mentor-${list[0].mentor.id}` : FIELD_IDS[field],
    message: t(`validation.${key}`),
  }));
  if (apiError) summary.push({ message: errorText(apiError) });

  /** Checks the mentee, goals and dates; returns the issues by field. */
  function checkBasics(): Record<string, string> {
    const issues: Record<string, string> = {};
    if (!regionCode) issues.regionCode = 'regionCode.invalid';
    if (values.menteeKind === 'LEARNER' && !values.menteeUserId) issues.menteeUserId = 'mentee.required';
    if (values.menteeKind === 'REGION_TEAM' && values.memberIds.length === 0) issues.memberIds = 'members.required';
    const parsed = pairRules.safeParse({ goals: values.goals, startDate: values.startDate, endDate: values.endDate });
    return parsed.success ? issues : { ...issues, ...issuesOf(parsed.error) };
  }

  async function findMentors() {
    setApiError(null);
    const issues = checkBasics();
    setFieldErrors(issues);
    if (Object.keys(issues).length > 0) {
      focusSummary();
      return;
    }
    setMentorId('');
    setServerSaysFull(false);
    const result = await suggest({
      variables: {
        input: {
          ...(values.menteeKind === 'LEARNER' ? { menteeUserId: values.menteeUserId } : { regionCode }),
          indicatorCodes: values.indicatorCodes,
          playbookId: values.playbookId || null,
        },
      },
    });
    if (result.error) {
      setApiError(toApiError(result.error));
      focusSummary();
    } else {
      requestAnimationFrame(() => document.getElementById('pair-suggestions-title')?.focus());
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const issues = checkBasics();
    if (!mentorId) issues.mentorId = 'mentor.required';
    if (needsReason && !overrideReason.trim()) issues.capacityOverrideReason = 'reason.required';
    if (overrideReason.length > 1000) issues.capacityOverrideReason = 'reason.tooLong';
    setFieldErrors(issues);
    if (Object.keys(issues).length > 0) {
      focusSummary();
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            mentorId,
            menteeKind: values.menteeKind,
            ...(values.menteeKind === 'LEARNER' ? { menteeUserId: values.menteeUserId } : { regionCode, memberIds: values.memberIds }),
            playbookId: values.playbookId || null,
            indicatorCodes: values.indicatorCodes,
            goals: values.goals.trim(),
            startDate: values.startDate,
            endDate: values.endDate,
            capacityOverrideReason: needsReason ? overrideReason.trim() : null,
          },
        },
      });
      if (data) navigate(`/mentoring/pasangan/${data.createMentoringPair.id}`);
    } catch (error) {
      const info = toApiError(error);
      const fields = issuesByField(info.fields);
      if (info.reason === MentoringErrorReason.CAPACITY_REACHED) {
        // The mentor filled up meanwhile (or the suggestion was old): ask for the reason explicitly.
        setServerSaysFull(true);
        fields.capacityOverrideReason = 'reason.required';
      }
      setFieldErrors(fields);
      setApiError(info);
      focusSummary();
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={regionCode ? `/koordinasi/mentoring?${REGION_PARAM}=${encodeURIComponent(regionCode)}` : '/koordinasi/mentoring'}>
          {t('mentoring.backToBoard')}
        </Link>
      </p>
      <PageHeading>{t('mentoring.create.title')}</PageHeading>
      <CoordinationTabs />
      <form className="form" onSubmit={submit} noValidate aria-busy={creating.loading || undefined}>
        <ErrorSummary items={summary} ref={summaryRef} />
        <fieldset>
          <legend>{t('mentoring.create.menteeTitle')}</legend>
          <CoordinatedRegionSelect
            idPrefix="pair"
            value={regionCode}
            error={errorOf('regionCode')}
            onChange={(code) => {
              setParams(code ? new URLSearchParams({ [REGION_PARAM]: code }) : new URLSearchParams(), { replace: true });
              setValues((previous) => ({ ...previous, menteeUserId: '', memberIds: [] }));
            }}
          />
          <fieldset>
            <legend>{t('mentoring.create.kind')}</legend>
            {(['REGION_TEAM', 'LEARNER'] as const).map((kind) => (
              <div className="checkbox" key={kind}>
                <input
                  type="radio"
                  id={`pair-kind-${kind}`}
                  name="pair-kind"
                  checked={values.menteeKind === kind}
                  onChange={() => set('menteeKind', kind)}
                />
                <label htmlFor={`pair-kind-${kind}`}>{t(`mentoring.create.kinds.${kind}`)}</label>
              </div>
            ))}
          </fieldset>
          {!regionCode ? null : learners.loading && !learners.data ? (
            <LoadingState />
          ) : learners.error && !learners.data ? (
            <ErrorState error={learners.error} onRetry={() => void learners.refetch()} />
          ) : people.length === 0 ? (
            <EmptyState>{t('mentoring.create.noLearners')}</EmptyState>
          ) : values.menteeKind === 'LEARNER' ? (
            <SelectField
              id={FIELD_IDS.menteeUserId}
              label={t('mentoring.create.learner')}
              value={values.menteeUserId}
              onValueChange={(id) => set('menteeUserId', id)}
              error={errorOf('menteeUserId')}
            >
              <option value="">{t('mentoring.create.chooseLearner')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.fullName} ({person.agency})
                </option>
              ))}
            </SelectField>
          ) : (
            <fieldset
              className={errorOf('memberIds') ? 'field-invalid' : undefined}
              aria-describedby={errorOf('memberIds') ? 'pair-members-error' : undefined}
            >
              <legend>{t('mentoring.create.members')}</legend>
              {errorOf('memberIds') ? (
                <p className="field-error" id="pair-members-error">
                  {errorOf('memberIds')}
                </p>
              ) : null}
              <ul className="checkbox-list" id={FIELD_IDS.memberIds} tabIndex={-1}>
                {people.map((person) => (
                  <li key={person.id} className="checkbox">
                    <input
                      type="checkbox"
                      id={`pair-member-${person.id}`}
                      checked={values.memberIds.includes(person.id)}
                      onChange={(event) =>
                        set(
                          'memberIds',
                          event.target.checked ? [...values.memberIds, person.id] : values.memberIds.filter((id) => id !== person.id),
                        )
                      }
                    />
                    <label htmlFor={`pair-member-${person.id}`}>
                      {person.fullName} <span className="muted">({person.agency})</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('mentoring.create.focusTitle')}</legend>
          <SelectField
            id={FIELD_IDS.playbookId}
            label={t('mentoring.create.playbook')}
            hint={t('common.optional')}
            value={values.playbookId}
            onValueChange={(id) => set('playbookId', id)}
            error={errorOf('playbookId')}
          >
            <option value="">{t('mentoring.create.noPlaybook')}</option>
            {playbooks.data?.catalogue.items.map((hit) => (
              <option key={hit.item.id} value={hit.item.id}>
                {hit.revision.title}
              </option>
            ))}
          </SelectField>
          <IndicatorPicker
            id={FIELD_IDS.indicatorCodes}
            legend={t('mentoring.create.indicators')}
            hint={t('mentoring.create.indicatorsHint')}
            selected={values.indicatorCodes}
            onChange={(codes) => set('indicatorCodes', codes)}
            error={errorOf('indicatorCodes')}
            // Pairing takes SPBE 59/2020 codes (PairingService.indicatorsOf), not the framework in force this year.
            frameworkCode={FrameworkCode.PERMENPANRB_59_2020}
          />
          <TextAreaField
            id={FIELD_IDS.goals}
            label={t('mentoring.pair.goals')}
            hint={t('mentoring.create.goalsHint')}
            value={values.goals}
            onValueChange={(goals) => set('goals', goals)}
            error={errorOf('goals')}
            required
          />
          <div className="field-row">
            <TextField
              id={FIELD_IDS.startDate}
              label={t('mentoring.create.startDate')}
              type="date"
              value={values.startDate}
              onValueChange={(day) => set('startDate', day)}
              error={errorOf('startDate')}
              required
            />
            <TextField
              id={FIELD_IDS.endDate}
              label={t('mentoring.create.endDate')}
              type="date"
              value={values.endDate}
              onValueChange={(day) => set('endDate', day)}
              error={errorOf('endDate')}
              required
            />
          </div>
        </fieldset>
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => void findMentors()} disabled={suggestions.loading}>
            {t('mentoring.suggest.find')}
          </button>
        </div>
        <section aria-labelledby="pair-suggestions-title" aria-busy={suggestions.loading || undefined}>
          <h2 id="pair-suggestions-title" tabIndex={-1}>
            {t('mentoring.suggest.title')}
          </h2>
          <p role="status" className="status-text">
            {suggestions.loading ? t('common.loading') : suggestions.data ? t('mentoring.suggest.count', { count: list.length }) : ''}
          </p>
          {!suggestions.data && !suggestions.loading ? <p className="muted">{t('mentoring.suggest.before')}</p> : null}
          {list.length > 0 ? (
            <fieldset
              className={errorOf('mentorId') ? 'suggestions field-invalid' : 'suggestions'}
              id={FIELD_IDS.mentorId}
              aria-describedby={errorOf('mentorId') ? 'pair-mentors-error' : undefined}
            >
              <legend>{t('mentoring.suggest.choose')}</legend>
              {errorOf('mentorId') ? (
                <p className="field-error" id="pair-mentors-error">
                  {errorOf('mentorId')}
                </p>
              ) : null}
              <ol className="plain-list suggestion-list">
                {list.map((suggestion, index) => {
                  const id = `pair-mentor-${suggestion.mentor.id}`;
                  const reasons = suggestionReasons(suggestion, t, (value) => format.number(value));
                  return (
                    <li
                      key={suggestion.mentor.id}
                      className={suggestion.atCapacity ? 'card suggestion suggestion-full' : 'card suggestion'}
                    >
                      <div className="checkbox">
                        <input
                          type="radio"
                          id={id}
                          name="pair-mentor"
                          value={suggestion.mentor.id}
                          checked={mentorId === suggestion.mentor.id}
                          onChange={() => {
                            setMentorId(suggestion.mentor.id);
                            setServerSaysFull(false);
                          }}
                          aria-describedby={`${id}-reasons`}
                        />
                        <label htmlFor={id}>
                          <span className="visually-hidden">{t('mentoring.suggest.rank', { rank: index + 1 })} </span>
                          {suggestion.mentor.fullName}
                          <span className="muted"> ({suggestion.mentor.agency})</span>
                        </label>
                      </div>
                      <ul className="reason-list" id={`${id}-reasons`}>
                        {reasons.map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                    </li>
                  );
                })}
              </ol>
            </fieldset>
          ) : null}
          {needsReason ? (
            <TextAreaField
              id={FIELD_IDS.capacityOverrideReason}
              label={t('mentoring.create.overrideReason')}
              hint={t('mentoring.create.overrideHint', { name: chosen?.mentor.fullName ?? '' })}
              value={overrideReason}
              onValueChange={setOverrideReason}
              error={errorOf('capacityOverrideReason')}
              rows={3}
              required
            />
          ) : null}
        </section>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={creating.loading}>
            {creating.loading ? t('common.saving') : t('mentoring.create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
