import { useQuery } from '@apollo/client/react';
import { can } from '@living-lab/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../../components/States';
import { i18n } from '../../../../i18n/i18n';
import { regionLabel } from '../../../../lib/regions';
import { useFormat } from '../../../../lib/use-format';
import { RegionMoveSection } from '../../../membership';
import { MyProfileQuery } from '../api/operations';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { EmailVerificationNotice } from '../components/EmailVerificationNotice';
import { ProfileForm } from '../components/ProfileForm';
import '../../users.css';

export default function ProfilePage() {
  const { t } = useTranslation('users');
  const format = useFormat();
  const [saved, setSaved] = useState(false);
  // The form must start from the server's latest version.
  const { data, loading, error, refetch } = useQuery(MyProfileQuery, { fetchPolicy: 'cache-and-network' });
  const me = data?.me;

  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      {!me && loading ? <LoadingState /> : null}
      {!me && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {me ? <EmailVerificationNotice email={me.email} /> : null}
      {me ? (
        <div className="two-columns">
          <section aria-labelledby="profile-details" className="card">
            <h2 id="profile-details">{t('profile.detailsTitle')}</h2>
            <dl className="details">
              <dt>{t('profile.fullName')}</dt>
              <dd>{me.fullName}</dd>
              <dt>{t('profile.email')}</dt>
              <dd>{me.email}</dd>
              <dt>{t('profile.nip')}</dt>
              <dd>{me.nip ?? t('common.notSet')}</dd>
              <dt>{t('profile.region')}</dt>
              <dd>{regionLabel(me.region, t)}</dd>
              <dt>{t('profile.agency')}</dt>
              <dd>{me.agency}</dd>
              <dt>{t('profile.roles')}</dt>
              <dd>{me.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
              {can(me.roles, 'beGivenRegions') ? (
                <>
                  <dt>{t('profile.coordinatedRegions')}</dt>
                  <dd>
                    {me.coordinatedRegions.length > 0
                      ? me.coordinatedRegions.map((region) => regionLabel(region, t)).join(', ')
                      : t('admin.regionsNone')}
                  </dd>
                </>
              ) : null}
              <dt>{t('profile.memberSince')}</dt>
              <dd>{format.dateTime(me.createdAt)}</dd>
            </dl>
          </section>
          <section aria-labelledby="profile-edit" className="card">
            <h2 id="profile-edit">{t('profile.editTitle')}</h2>
            <p role="status" className="status-text">
              {saved ? t('profile.saved') : ''}
            </p>
            <ProfileForm
              key={me.version}
              user={me}
              onSaved={(user) => {
                setSaved(true);
                if (user.locale !== i18n.language) void i18n.changeLanguage(user.locale);
              }}
              onReload={() => {
                setSaved(false);
                void refetch();
              }}
            />
          </section>
          <section aria-labelledby="profile-region-move" className="card">
            <h2 id="profile-region-move">{t(me.regionCode ? 'membership:move.title' : 'membership:move.joinTitle')}</h2>
            <RegionMoveSection currentRegionCode={me.regionCode} />
          </section>
          <section aria-labelledby="profile-password" className="card">
            <h2 id="profile-password">{t('password.title')}</h2>
            <p>{t('password.lead')}</p>
            <ChangePasswordForm user={me} />
          </section>
        </div>
      ) : null}
    </>
  );
}
