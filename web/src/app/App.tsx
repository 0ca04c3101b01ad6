import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { RouteFocusProvider } from '../components/RouteFocus';
import { i18n } from '../i18n/i18n';
import { AuthProvider } from '../lib/auth';
import { AppRoutes } from './routes/AppRoutes';

export function App({ client }: { client: ApolloClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AuthProvider>
            <RouteFocusProvider>
              <AppRoutes />
            </RouteFocusProvider>
          </AuthProvider>
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
