import { act, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app-providers';
import { AppRoutes } from '../app-routes';
import type { Language } from '../i18n/language';
import { loadMessages } from '../i18n/load-messages';
import { fakeApi, type FakeRoutes } from './fake-api';

interface Options {
  path?: string;
  routes?: FakeRoutes;
  language?: Language;
}

/** The whole app at `path`, as a browser would show it, with the API answered by `routes`. */
export async function renderApp({ path = '/', routes, language = 'nl' }: Options = {}) {
  const api = fakeApi(routes);
  const messages = await loadMessages(language);
  const user = userEvent.setup();
  let view: RenderResult | undefined;
  // Inside act, so the lazily loaded screen and the first API answers settle before the test looks.
  await act(async () => {
    view = render(
      <AppProviders language={language} messages={messages} fetch={api.fetch}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </AppProviders>,
    );
  });
  if (!view) throw new Error('The app did not render.');
  return { ...view, api, user };
}
