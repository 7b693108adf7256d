import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../test/render-app';

const SHARED = [
  {
    reference: 'KP-2026-000012',
    title: 'Geen plek voor peuteropvang in schoolgebouwen',
    step: 'agenda',
    score: 0.81,
  },
];

describe('similar shared bottlenecks on the form', () => {
  it('asks once there is enough text, and lists the shared bottlenecks it gets back', async () => {
    const { user, api } = await renderApp({
      routes: { 'POST /api/public/similar-bottlenecks': () => ({ status: 200, body: SHARED }) },
    });
    await screen.findByRole('heading', { level: 1, name: 'Meld een knelpunt' });
    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Peuters niet in school');
    expect(api.sent('POST', '/api/public/similar-bottlenecks')).toHaveLength(0);

    await user.type(
      screen.getByRole('textbox', { name: 'Wat is er aan de hand?' }),
      'Er is geen lokaal voor de peutergroep in ons schoolgebouw.',
    );
    expect(
      await screen.findByRole('heading', { name: 'Lijkt op knelpunten die we al delen' }, { timeout: 3000 }),
    ).toBeTruthy();
    expect(screen.getByText('Geen plek voor peuteropvang in schoolgebouwen (KP-2026-000012)')).toBeTruthy();
    // Debounced: one look-up after typing paused, not one per key.
    const sent = api.sent('POST', '/api/public/similar-bottlenecks');
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toEqual({
      title: 'Peuters niet in school',
      description: 'Er is geen lokaal voor de peutergroep in ons schoolgebouw.',
    });
  });

  it('shows nothing when nothing shared looks alike', async () => {
    const { user, api } = await renderApp({
      routes: { 'POST /api/public/similar-bottlenecks': () => ({ status: 200, body: [] }) },
    });
    await screen.findByRole('heading', { level: 1, name: 'Meld een knelpunt' });
    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Iets heel anders');
    await user.type(
      screen.getByRole('textbox', { name: 'Wat is er aan de hand?' }),
      'Een knelpunt dat nog niemand eerder meldde.',
    );
    await waitFor(() => expect(api.sent('POST', '/api/public/similar-bottlenecks')).toHaveLength(1), {
      timeout: 3000,
    });
    expect(screen.queryByRole('heading', { name: 'Lijkt op knelpunten die we al delen' })).toBeNull();
  });
});
