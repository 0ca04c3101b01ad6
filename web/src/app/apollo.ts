import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { AuthErrorReason } from '@living-lab/shared';
import { offlineLink } from '../lib/offline/offline-link';
import { reportSessionInvalid } from '../lib/token-storage';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ['code'] },
      SpbeFramework: { keyFields: ['code'] },
      SpbeDomain: { keyFields: false },
      SpbeAspect: { keyFields: false },
      User: { fields: { roles: { merge: false }, coordinatedRegions: { merge: false } } },
      // Progress has no id of its own (a coordinator also sees other learners' progress in the same module):
      // it lives under moduleProgress(itemId) and is merged there, never shared between learners.
      ModuleProgress: { keyFields: false, merge: true },
      QuizStatus: { keyFields: false },
      PathStep: { keyFields: false },
      RegionLearner: { keyFields: false },
      CertificateVerification: { keyFields: ['code'] },
      // Mentoring: lists are replaced as the server sends them; loads, suggestions and feedback have no id.
      MentoringPair: { fields: { members: { merge: false }, indicators: { merge: false }, sessions: { merge: false } } },
      MentoringSession: { fields: { actionItems: { merge: false }, feedback: { merge: false } } },
      SessionFeedback: { keyFields: false },
      PairingBoard: { keyFields: false },
      MentorLoad: { keyFields: false },
      PairActivity: { keyFields: false },
      MentorSuggestion: { keyFields: false },
      CalendarFeedLink: { keyFields: false },
    },
  });
}

/** A session the server no longer accepts ends here too: the app asks to sign in again. */
export const sessionLink = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const ended = error.errors.some(
    (item) => item.extensions?.code === 'UNAUTHENTICATED' && item.extensions?.reason === AuthErrorReason.SESSION_INVALID,
  );
  if (ended) reportSessionInvalid();
});

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    // The session cookie goes along (same origin); Apollo's CSRF prevention on the server needs the JSON content type it sends.
    // offlineLink: the user and the lessons kept on this device answer when the network fails (lib/offline).
    link: ApolloLink.from([sessionLink, offlineLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: createCache(),
  });
}
