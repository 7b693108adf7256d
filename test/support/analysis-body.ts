// A complete analysis as an expert submits it: funding plays a role, the other cause areas do not.
import { CAUSE_AREAS, type HandlingOption } from '@app/workflow';

export function submittedAnalysisBody(proposedHandlingOption: HandlingOption) {
  return {
    causeAreas: Object.fromEntries(
      CAUSE_AREAS.map((area) => [
        area,
        area === 'funding'
          ? {
              playsRole: true,
              explanation: 'Jeugdhulp op school valt tussen onderwijs- en gemeentebudget in.',
            }
          : { playsRole: false, explanation: '' },
      ]),
    ),
    rootCauseSummary: 'Niemand is eigenaar van jeugdhulp onder schooltijd, dus niemand betaalt.',
    recommendations: 'Een gezamenlijk budget van school en gemeente.',
    proposedHandlingOption,
    submit: true,
  };
}
