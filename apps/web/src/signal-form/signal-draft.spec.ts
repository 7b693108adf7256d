import { describe, expect, it } from '@jest/globals';
import { EMPTY_DRAFT, toCreateSignalRequest } from './signal-draft';

describe('the request body of a signal', () => {
  it('leaves out optional fields that were left empty', () => {
    const body = toCreateSignalRequest({
      ...EMPTY_DRAFT,
      title: '  Peutergroep ging niet door ',
      description: 'De school en de opvang konden het niet eens worden.',
      domains: ['education'],
      region: '   ',
    });
    expect(body).toEqual({
      kind: 'bottleneck',
      title: 'Peutergroep ging niet door',
      description: 'De school en de opvang konden het niet eens worden.',
      domains: ['education'],
      region: undefined,
      submitterRole: undefined,
      organisation: undefined,
      email: undefined,
      consent: { contact: false, publication: false },
      callId: undefined,
    });
  });

  it('sends the e-mail address only together with consent to contact', () => {
    const draft = { ...EMPTY_DRAFT, email: 'juf@school.nl' };
    expect(toCreateSignalRequest(draft).email).toBeUndefined();
    expect(toCreateSignalRequest({ ...draft, contact: true })).toMatchObject({
      email: 'juf@school.nl',
      consent: { contact: true },
    });
  });
});
