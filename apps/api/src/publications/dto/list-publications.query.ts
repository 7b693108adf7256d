import {
  PUBLICATION_KINDS,
  PUBLICATION_STATUSES,
  type PublicationKind,
  type PublicationStatus,
} from '@app/workflow';
import { CodeField, IntField, TextField, UuidField } from '../../common/fields.decorator';

export class ListPublicationsQuery {
  @CodeField(PUBLICATION_STATUSES, { description: 'Only publications with this status', optional: true })
  status?: PublicationStatus;

  @UuidField({ description: 'Only publications about this case', optional: true })
  caseId?: string;

  @CodeField(PUBLICATION_KINDS, { description: 'Only publications of this kind', optional: true })
  kind?: PublicationKind;

  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 25)', min: 1, max: 100, optional: true })
  limit?: number;
}

export class ListInsightsQuery {
  @CodeField(PUBLICATION_KINDS, { description: 'Only insights of this kind', optional: true })
  kind?: PublicationKind;

  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 20)', min: 1, max: 50, optional: true })
  limit?: number;
}
