import { DOMAINS, SIGNAL_STEPS, type Domain, type SignalStep } from '@app/workflow';
import { CodeField, IntField, TextField } from '../../common/fields.decorator';

export class ListSignalsQuery {
  @CodeField(SIGNAL_STEPS, { description: 'Only signals in this step', optional: true })
  step?: SignalStep;

  @CodeField(DOMAINS, { description: 'Only signals about this domain', optional: true })
  domain?: Domain;

  @TextField({ description: 'Only signals from this region (exact)', max: 100, optional: true })
  region?: string;

  @TextField({ description: 'Dutch full-text search in title and description', max: 200, optional: true })
  q?: string;

  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 25)', min: 1, max: 100, optional: true })
  limit?: number;
}
