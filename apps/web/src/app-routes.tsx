// Every screen and its address. The form is in the first download; other screens load when visited,
// so the form page stays small. Staff screens sit under the same layout; each checks the role itself.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './pages/not-found-page';
import { SignalFormPage } from './signal-form/signal-form-page';

const TrackingPage = lazy(() =>
  import('./tracking/tracking-page').then((m) => ({ default: m.TrackingPage })),
);
const SignInPage = lazy(() => import('./auth/sign-in-page').then((m) => ({ default: m.SignInPage })));
const MagicLinkPage = lazy(() =>
  import('./auth/magic-link-page').then((m) => ({ default: m.MagicLinkPage })),
);
const InvitePage = lazy(() => import('./auth/invite-page').then((m) => ({ default: m.InvitePage })));
const ResetPasswordPage = lazy(() =>
  import('./auth/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })),
);
const MySignalsPage = lazy(() =>
  import('./my-signals/my-signals-page').then((m) => ({ default: m.MySignalsPage })),
);
const InboxPage = lazy(() => import('./inbox/inbox-page').then((m) => ({ default: m.InboxPage })));
const CaseBoardPage = lazy(() =>
  import('./cases/case-board-page').then((m) => ({ default: m.CaseBoardPage })),
);
const CasePage = lazy(() => import('./cases/case-page').then((m) => ({ default: m.CasePage })));
const UsersPage = lazy(() => import('./users/users-page').then((m) => ({ default: m.UsersPage })));
const MySignalPage = lazy(() =>
  import('./my-signals/my-signal-page').then((m) => ({ default: m.MySignalPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<SignalFormPage />} />
        <Route path="melden" element={<SignalFormPage />} />
        {/* Paths of links in e-mails and API answers: PUBLIC_URL/track/<token>, /sign-in, /invite, /reset. */}
        <Route path="track/:token" element={<TrackingPage />} />
        <Route path="inloggen" element={<SignInPage />} />
        <Route path="sign-in/:token" element={<MagicLinkPage />} />
        <Route path="invite/:token" element={<InvitePage />} />
        <Route path="reset/:token" element={<ResetPasswordPage />} />
        <Route path="mijn-meldingen" element={<MySignalsPage />} />
        <Route path="mijn-meldingen/:id" element={<MySignalPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="knelpunten" element={<CaseBoardPage />} />
        <Route path="knelpunten/:id" element={<CasePage />} />
        <Route path="beheer/gebruikers" element={<UsersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
