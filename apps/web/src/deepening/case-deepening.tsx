// Step 4 on the case page, for advisers and admins: the experts asked to analyse the case, and below
// them the submitted analyses with their proposals, so the handling option is chosen with them in view.
import type { components } from '../api/schema';
import { CaseAnalyses } from './case-analyses';
import { CaseExperts } from './case-experts';

type CaseDetail = components['schemas']['CaseDetailDto'];

export { isAssignable } from './case-experts';

export function CaseDeepening({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <CaseExperts detail={detail} />
      {/* Analyses are written in deepening; in recognition there are none yet. */}
      {detail.step !== 'recognition' && <CaseAnalyses caseId={detail.id} />}
    </>
  );
}
