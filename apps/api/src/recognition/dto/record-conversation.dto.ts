import { RECOGNITION_ANSWERS, type RecognitionAnswer } from '@app/workflow';
import { CodeField, DateField, TextField } from '../../common/fields.decorator';

/** A recognition check held by conversation with network partners. */
export class RecordConversationDto {
  @TextField({ description: 'Who took part (organisations or roles)', min: 2, max: 500 })
  partners!: string;

  @DateField({ description: 'When it was held (not in the future)' })
  heldOn!: string;

  @CodeField(RECOGNITION_ANSWERS, { description: 'Did they recognise the bottleneck?' })
  outcome!: RecognitionAnswer;

  @TextField({ description: 'What was said; no names of children or families', max: 5000, optional: true })
  notes?: string;
}
