// One targeted call as the public API shows it (open, about a case), shared by the component tests of
// the pages that answer a call.
export const TARGETED_PUBLIC_CALL = {
  id: '6d1f4a52-8a5e-4f57-9a37-2d1b8c0e4f11',
  kind: 'targeted',
  question: 'Herken je dat peutergroepen in scholen geen lokaal krijgen?',
  reason: 'Een school meldde dit; we willen weten of het vaker speelt.',
  channels: ['website'],
  opensAt: '2026-03-01T09:00:00.000Z',
  closesAt: '2099-03-15T17:00:00.000Z',
  caseReference: 'KP-2026-000001',
  caseTitle: 'Geen lokaal voor de peutergroep',
  open: true,
};
