// Every namespace's texts in both languages, bundled at once: for the tests (locales.test.ts checks the keys,
// setup-tests.ts adds them all so components render without loading). The app loads them on demand (i18n.ts).
import assessmentsEn from '../features/assessments/locales/en.json';
import assessmentsId from '../features/assessments/locales/id.json';
import auditEn from '../features/audit/locales/en.json';
import auditId from '../features/audit/locales/id.json';
import authEn from '../features/auth/locales/en.json';
import authId from '../features/auth/locales/id.json';
import contentEn from '../features/content/locales/en.json';
import contentId from '../features/content/locales/id.json';
import dashboardsEn from '../features/dashboards/locales/en.json';
import dashboardsId from '../features/dashboards/locales/id.json';
import discussionsEn from '../features/discussions/locales/en.json';
import discussionsId from '../features/discussions/locales/id.json';
import learningEn from '../features/learning/locales/en.json';
import learningId from '../features/learning/locales/id.json';
import mailEn from '../features/mail/locales/en.json';
import mailId from '../features/mail/locales/id.json';
import membershipEn from '../features/membership/locales/en.json';
import membershipId from '../features/membership/locales/id.json';
import mentoringEn from '../features/mentoring/locales/en.json';
import mentoringId from '../features/mentoring/locales/id.json';
import notificationsEn from '../features/notifications/locales/en.json';
import notificationsId from '../features/notifications/locales/id.json';
import replicationEn from '../features/replication/locales/en.json';
import replicationId from '../features/replication/locales/id.json';
import spbeEn from '../features/spbe/locales/en.json';
import spbeId from '../features/spbe/locales/id.json';
import usersEn from '../features/users/locales/en.json';
import usersId from '../features/users/locales/id.json';
import commonEn from './locales/common/en.json';
import commonId from './locales/common/id.json';
import regionsEn from './locales/regions/en.json';
import regionsId from './locales/regions/id.json';

/** All texts by language and namespace (as i18n.ts loads them: `common` and `regions` at once, the features' on demand). */
export const resources = {
  id: {
    common: commonId,
    regions: regionsId,
    auth: authId,
    users: usersId,
    spbe: spbeId,
    content: contentId,
    learning: learningId,
    mentoring: mentoringId,
    assessments: assessmentsId,
    replication: replicationId,
    dashboards: dashboardsId,
    notifications: notificationsId,
    discussions: discussionsId,
    mail: mailId,
    audit: auditId,
    membership: membershipId,
  },
  en: {
    common: commonEn,
    regions: regionsEn,
    auth: authEn,
    users: usersEn,
    spbe: spbeEn,
    content: contentEn,
    learning: learningEn,
    mentoring: mentoringEn,
    assessments: assessmentsEn,
    replication: replicationEn,
    dashboards: dashboardsEn,
    notifications: notificationsEn,
    discussions: discussionsEn,
    mail: mailEn,
    audit: auditEn,
    membership: membershipEn,
  },
} as const;
