import { describe, expect, it } from '@jest/globals';
import { BLIKVANGER_BODY_MAX, caseProblems, contentProblems, publishProblems } from './publication-rules';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('publication rules', () => {
  it('asks a podcast for its link and a Blikvanger for a short text with a call to react', () => {
    const base = { body: 'Tekst', linkUrl: null, callToAction: null };
    expect(codes(contentProblems({ ...base, kind: 'interview' }))).toEqual([]);
    expect(codes(contentProblems({ ...base, kind: 'newsletter' }))).toEqual([]);
    expect(codes(contentProblems({ ...base, kind: 'podcast' }))).toEqual(['link_required']);
    expect(codes(contentProblems({ ...base, kind: 'podcast', linkUrl: 'https://p.example/1' }))).toEqual([]);
    expect(
      codes(contentProblems({ ...base, kind: 'blikvanger', body: 'x'.repeat(BLIKVANGER_BODY_MAX + 1) })),
    ).toEqual(['call_to_action_required', 'body_too_long']);
    expect(codes(contentProblems({ ...base, kind: 'blikvanger', callToAction: 'Reageer!' }))).toEqual([]);
  });

  it('shares cases from the sharing step on, not before and not archived', () => {
    const at = (
      step: 'recognition' | 'deepening' | 'sharing' | 'agenda' | 'feedback' | 'closed' | 'archived',
    ) => ({
      id: step,
      reference: `KP-${step}`,
      step,
    });
    expect(caseProblems([at('sharing'), at('agenda'), at('feedback'), at('closed')])).toEqual([]);
    const refused = caseProblems([at('sharing'), at('deepening'), at('archived')]);
    expect(codes(refused)).toEqual(['case_not_shareable']);
    expect(refused[0].message.en).toContain('KP-deepening, KP-archived');
  });

  it('publishes only a version the check saw, with nothing open', () => {
    const state = { status: 'review' as const, version: 3, checkedVersion: 3, openFindings: 0 };
    expect(publishProblems(state)).toEqual([]);
    expect(codes(publishProblems({ ...state, checkedVersion: 2 }))).toEqual(['check_pending']);
    expect(codes(publishProblems({ ...state, checkedVersion: null, openFindings: 2 }))).toEqual([
      'check_pending',
      'open_findings',
    ]);
  });
});
