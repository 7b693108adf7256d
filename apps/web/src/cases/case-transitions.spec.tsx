import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import type { FakeAnswer } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const CASE = {
  id: 'c1',
  reference: 'KP-2026-000001',
  title: 'Geen lokaal voor de peutergroep',
  domains: ['childcare'],
  step: 'recognition',
  handlingOption: null,
  version: 3,
  signalCount: 1,
  createdAt: '2026-03-12T09:30:00.000Z',
  updatedAt: '2026-03-12T09:30:00.000Z',
  summary: '',
  signals: [
    {
      id: 's1',
      reference: 'SR-2026-000001',
      title: 'Peutergroep',
      step: 'linked',
      linkedAt: '2026-03-12T09:30:00.000Z',
    },
  ],
  experts: [],
  history: [
    { from: null, to: 'recognition', action: 'open', actorRole: 'adviser', at: '2026-03-12T09:30:00.000Z' },
  ],
  allowedTransitions: [
    { to: 'deepening', action: 'deepen', reasonRequired: false, blockedBy: [] },
    {
      to: 'agenda',
      action: 'shortcut_to_agenda',
      reasonRequired: true,
      blockedBy: [{ guard: 'handlingOptionChosen', reason: 'A handling option must be chosen first.' }],
    },
    { to: 'archived', action: 'archive', reasonRequired: true, blockedBy: [] },
  ],
};

function renderCase(transition: () => FakeAnswer) {
  return renderApp({
    path: '/knelpunten/c1',
    routes: {
      ...signedInAs('adviser'),
      'GET /api/cases/c1': () => ({ status: 200, body: CASE }),
      'POST /api/cases/c1/transitions': transition,
    },
  });
}

describe('the next steps of a case', () => {
  it('shows a blocked step disabled, with what blocks it', async () => {
    await renderCase(() => ({ status: 500 }));
    const shortcut = await screen.findByRole('button', { name: 'Direct agenderen' });
    expect((shortcut as HTMLButtonElement).disabled).toBe(true);
    const description = document.getElementById(shortcut.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Kan nog niet: Kies eerst een handelingsoptie.');
    // No reason field for a step that cannot be taken yet; the archive step has one.
    expect(screen.queryByLabelText('Reden voor: Direct agenderen')).toBeNull();
    expect(screen.getByLabelText('Reden voor: Archiveren')).toBeTruthy();
  });

  it('asks for the reason a step requires before sending', async () => {
    const { user, api } = await renderCase(() => ({
      status: 200,
      body: { ...CASE, step: 'archived', version: 4, allowedTransitions: [] },
    }));
    await user.click(await screen.findByRole('button', { name: 'Archiveren' }));
    expect(await screen.findByText('Vul een reden in.')).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/transitions')).toHaveLength(0);

    await user.type(
      screen.getByLabelText('Reden voor: Archiveren', { exact: false }),
      'Niet herkend door het netwerk',
    );
    await user.click(screen.getByRole('button', { name: 'Archiveren' }));
    expect(await screen.findByText('Het knelpunt staat nu in stap Gearchiveerd.')).toBeTruthy();
    const [sent] = api.sent('POST', '/api/cases/c1/transitions');
    expect(sent?.body).toEqual({
      to: 'archived',
      reason: 'Niet herkend door het netwerk',
      expectedVersion: 3,
    });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-staff');
  });

  it('moves the case on without a reason where none is needed', async () => {
    const { user, api } = await renderCase(() => ({
      status: 200,
      body: { ...CASE, step: 'deepening', version: 4, allowedTransitions: [] },
    }));
    await user.click(await screen.findByRole('button', { name: 'Naar verdiepen' }));
    expect(await screen.findByText('Het knelpunt staat nu in stap Verdiepen.')).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/transitions')[0]?.body).toEqual({
      to: 'deepening',
      expectedVersion: 3,
    });
  });

  it('explains a conflict and loads the case again', async () => {
    const { user, api } = await renderCase(() => ({
      status: 409,
      body: { statusCode: 409, code: 'version_conflict', message: 'Conflict' },
    }));
    await user.click(await screen.findByRole('button', { name: 'Naar verdiepen' }));
    expect(await screen.findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeTruthy();
    await waitFor(() => expect(api.sent('GET', '/api/cases/c1')).toHaveLength(2));
  });
});
