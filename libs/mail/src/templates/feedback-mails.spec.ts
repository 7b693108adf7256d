import { describe, expect, it } from '@jest/globals';
import { composeFeedback, feedbackAnswerUrls, textBlocks } from './feedback.template';
import { composeFeedbackProgress } from './feedback-progress.template';

const TOKEN = 'dQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXc';

describe('feedback mail', () => {
  const input = {
    locale: 'nl' as const,
    kind: 'submitter' as const,
    caseTitle: 'Voorschool <zonder> lokaal',
    whatHappened: 'Het knelpunt kwam binnen via 3 meldingen.',
    stepsTaken: '- Toetsen\n- Verdiepen',
    achieved: 'Het knelpunt is niet bij een landelijke tafel ingebracht.',
    answerUrls: feedbackAnswerUrls('https://signaalroute.example/', TOKEN),
  };

  it('answers the three questions and asks "did this help?" with three personal links', () => {
    const mail = composeFeedback(input);
    expect(mail.subject).toBe('Terugkoppeling: wat er met je melding is gebeurd');
    for (const heading of [
      'Wat is er met de melding gebeurd?',
      'Welke stappen zijn gezet?',
      'Heeft dit geholpen?',
    ])
      expect(mail.text).toContain(heading.toUpperCase());
    expect(mail.text).toContain('1. Toetsen\n2. Verdiepen');
    for (const answer of ['yes', 'partly', 'no'])
      expect(mail.text).toContain(`https://signaalroute.example/feedback/${TOKEN}?answer=${answer}`);
    // Text from staff is escaped in the HTML part.
    expect(mail.html).toContain('Voorschool &lt;zonder&gt; lokaal');
    expect(mail.html).not.toContain('<zonder>');
  });

  it('speaks English to an English recipient, and to a respondent as a respondent', () => {
    const mail = composeFeedback({ ...input, locale: 'en', kind: 'respondent' });
    expect(mail.subject).toBe('Feedback: what happened with the bottleneck you responded to');
    expect(mail.text).toContain('You answered our question to the network');
    expect(mail.text).toContain('DID THIS HELP?');
  });

  it('leaves out the title when no adviser reviewed it', () => {
    expect(composeFeedback({ ...input, caseTitle: null }).text).not.toContain('Knelpunt:');
  });

  it('turns lines into paragraphs and "- " lines into one list', () => {
    expect(textBlocks('Eerst.\n- een\n- twee\n\nDaarna.')).toEqual([
      { kind: 'paragraph', text: 'Eerst.' },
      { kind: 'steps', items: ['een', 'twee'] },
      { kind: 'paragraph', text: 'Daarna.' },
    ]);
  });
});

describe('feedback progress mail', () => {
  it('tells where the signal stands at each table', () => {
    const mail = composeFeedbackProgress({
      locale: 'nl',
      signalReference: 'SR-2026-000042',
      caseTitle: null,
      tables: [
        { name: 'OZK-tafel', status: 'scheduled', meetingDate: '2026-12-10' },
        { name: 'VNG', status: 'submitted', meetingDate: null },
      ],
    });
    expect(mail.subject).toBe('Stand van zaken: je melding SR-2026-000042 ligt bij een landelijke tafel');
    expect(mail.text).toContain('OZK-tafel: op de agenda van 10 december 2026');
    expect(mail.text).toContain('VNG: ingediend, wacht op een plek op de agenda');
  });
});
