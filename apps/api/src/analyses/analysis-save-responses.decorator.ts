import { applyDecorators } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AnalysisWorkspaceDto } from './dto/analysis-view.dto';

/** What saving an analysis answers, the same for staff experts and for external experts' links. */
export function ApiAnalysisSaveResponses(): MethodDecorator {
  return applyDecorators(
    ApiOkResponse({ type: AnalysisWorkspaceDto }),
    ApiConflictResponse({
      description:
        'Changed meanwhile (version_conflict), the case is not in deepening, or a draft on a submitted analysis.',
    }),
    ApiUnprocessableEntityResponse({ description: 'Submitted with fields missing (all listed in errors).' }),
  );
}
