import { CALL_STATUSES, type CallStatus } from '@app/workflow';
import { CodeField, UuidField } from '../../common/fields.decorator';

export class ListCallsQueryDto {
  @CodeField(CALL_STATUSES, { description: 'Only calls with this status', optional: true })
  status?: CallStatus;

  @UuidField({ description: 'Only the calls about this case', optional: true })
  caseId?: string;
}
