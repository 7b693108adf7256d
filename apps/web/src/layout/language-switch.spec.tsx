import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderApp } from '../test/render-app';

describe('the language switch', () => {
  it('is Dutch by default and offers English, named in English', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Meld een knelpunt' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');
  });

  it('switches every text, the page language and the language the API answers in', async () => {
    const { user, api } = await renderApp({
      path: '/track/abc123',
      routes: {
        'GET /api/track/abc123': (request) => ({
          status: 200,
          body: {
            reference: 'SR-2026-000123',
            title: 'Peutergroep',
            submittedAt: '2026-03-12T09:30:00.000Z',
            status: request.headers.get('Accept-Language') === 'en' ? 'Harvesting' : 'Oogsten',
            statusExplanation: '',
            state: 'open',
            steps: [],
            history: [],
          },
        }),
      },
    });
    expect(await screen.findByText('Oogsten')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Follow your signal' })).toBeTruthy();
    expect(await screen.findByText('Harvesting')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Follow your signal - Signaalroute');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeTruthy();
    const languages = api
      .sent('GET', '/api/track/abc123')
      .map((request) => request.headers.get('Accept-Language'));
    expect(languages).toEqual(['nl', 'en']);

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Je melding volgen' })).toBeTruthy();
  });

  it('remembers the choice for the next visit', async () => {
    const { user } = await renderApp();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Report a bottleneck' });
    expect(localStorage.getItem('signaalroute.language')).toBe('en');
  });
});
