import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { storedLanguage } from './i18n/language';
import { loadMessages } from './i18n/load-messages';
import './styles/nl-design-system';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The texts of the chosen language first, so the first paint is already in that language.
const language = storedLanguage();
const messages = await loadMessages(language);

createRoot(root).render(
  <StrictMode>
    <AppProviders language={language} messages={messages}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
