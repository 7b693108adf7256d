// The feedback as a submitter reads it on the tracking page and in their own signal list: once it was
// sent, in the signal's language. It is the case's message, which names nobody.
import type { EntityManager } from 'typeorm';
import { feedbackTextsIn } from '@app/mail';
import { FeedbackMessageEntity } from '@app/persistence';
import type { Locale } from '@app/workflow';
import type { SentFeedbackDto } from './dto/feedback-view.dto';

export async function readSentFeedback(
  manager: EntityManager,
  caseId: string | null,
  locale: Locale,
): Promise<SentFeedbackDto | null> {
  if (!caseId) return null;
  const message = await manager.findOne(FeedbackMessageEntity, { where: { caseId, status: 'sent' } });
  if (!message?.sentAt) return null;
  return { locale, sentAt: message.sentAt, ...feedbackTextsIn(message, locale) };
}
