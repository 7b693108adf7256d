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
const CallsPage = lazy(() => import('./calls/calls-page').then((m) => ({ default: m.CallsPage })));
const NewCallPage = lazy(() => import('./calls/new-call-page').then((m) => ({ default: m.NewCallPage })));
const CallPage = lazy(() => import('./calls/call-page').then((m) => ({ default: m.CallPage })));
const PublicCallsPage = lazy(() =>
  import('./calls/public-calls-page').then((m) => ({ default: m.PublicCallsPage })),
);
const PublicCallPage = lazy(() =>
  import('./calls/public-call-page').then((m) => ({ default: m.PublicCallPage })),
);
const InvitationAnswerPage = lazy(() =>
  import('./answer/invitation-answer-page').then((m) => ({ default: m.InvitationAnswerPage })),
);
const ConfirmAnswerPage = lazy(() =>
  import('./answer/confirm-answer-page').then((m) => ({ default: m.ConfirmAnswerPage })),
);
const SharedCasesPage = lazy(() =>
  import('./shared-cases/shared-cases-page').then((m) => ({ default: m.SharedCasesPage })),
);
const ProfilePage = lazy(() => import('./profile/profile-page').then((m) => ({ default: m.ProfilePage })));
const MyAssignmentsPage = lazy(() =>
  import('./analysis/my-assignments-page').then((m) => ({ default: m.MyAssignmentsPage })),
);
const AnalysisPage = lazy(() =>
  import('./analysis/analysis-page').then((m) => ({ default: m.AnalysisPage })),
);
const ExpertLinkPage = lazy(() =>
  import('./analysis/expert-link-page').then((m) => ({ default: m.ExpertLinkPage })),
);
const PublicationsPage = lazy(() =>
  import('./publications/publications-page').then((m) => ({ default: m.PublicationsPage })),
);
const NewPublicationPage = lazy(() =>
  import('./publications/new-publication-page').then((m) => ({ default: m.NewPublicationPage })),
);
const PublicationPage = lazy(() =>
  import('./publications/publication-page').then((m) => ({ default: m.PublicationPage })),
);
const InsightsPage = lazy(() =>
  import('./insights/insights-page').then((m) => ({ default: m.InsightsPage })),
);
const InsightPage = lazy(() => import('./insights/insight-page').then((m) => ({ default: m.InsightPage })));
const AgendaPage = lazy(() => import('./agenda/agenda-page').then((m) => ({ default: m.AgendaPage })));
const AgendaItemPage = lazy(() =>
  import('./agenda/agenda-item-page').then((m) => ({ default: m.AgendaItemPage })),
);
const TablesPage = lazy(() => import('./tables/tables-page').then((m) => ({ default: m.TablesPage })));
const FeedbackAttentionPage = lazy(() =>
  import('./feedback/feedback-attention-page').then((m) => ({ default: m.FeedbackAttentionPage })),
);
const PublicFeedbackPage = lazy(() =>
  import('./feedback/public-feedback-page').then((m) => ({ default: m.PublicFeedbackPage })),
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
        {/* Calls and recognition; PUBLIC_URL/answer/<token> and /answer/confirm/<token> are links in e-mails. */}
        <Route path="beheer/oproepen" element={<CallsPage />} />
        <Route path="beheer/oproepen/nieuw" element={<NewCallPage />} />
        <Route path="beheer/oproepen/:id" element={<CallPage />} />
        <Route path="oproepen" element={<PublicCallsPage />} />
        <Route path="oproepen/:id" element={<PublicCallPage />} />
        <Route path="answer/confirm/:token" element={<ConfirmAnswerPage />} />
        <Route path="answer/:token" element={<InvitationAnswerPage />} />
        <Route path="gedeelde-knelpunten" element={<SharedCasesPage />} />
        <Route path="mijn-profiel" element={<ProfilePage />} />
        {/* Deepening; PUBLIC_URL/analyses/<assignmentId> and /expert/<token> are links in e-mails. */}
        <Route path="analyses" element={<MyAssignmentsPage />} />
        <Route path="analyses/:assignmentId" element={<AnalysisPage />} />
        <Route path="expert/:token" element={<ExpertLinkPage />} />
        {/* Sharing (step 5); PUBLIC_URL/inzichten/<id> is the link in the Atom feed and the newsletter. */}
        <Route path="beheer/publicaties" element={<PublicationsPage />} />
        <Route path="beheer/publicaties/nieuw" element={<NewPublicationPage />} />
        <Route path="beheer/publicaties/:id" element={<PublicationPage />} />
        <Route path="inzichten" element={<InsightsPage />} />
        <Route path="inzichten/:id" element={<InsightPage />} />
        {/* Agenda setting (step 6); PUBLIC_URL/agenda/<itemId> is the link in the liaison's reminder mails. */}
        <Route path="agenda" element={<AgendaPage />} />
        <Route path="agenda/:id" element={<AgendaItemPage />} />
        <Route path="beheer/tafels" element={<TablesPage />} />
        {/* Feedback (step 7); PUBLIC_URL/feedback/<token>?answer=… is the "did this help?" link in the mail. */}
        <Route path="beheer/terugkoppeling" element={<FeedbackAttentionPage />} />
        <Route path="feedback/:token" element={<PublicFeedbackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
