// The feedback vocabulary (step 7) as the API's contract types it, and the lists of codes the screens offer.
import {
  feedbackAnswerDtoHelpedValues,
  feedbackPreviewDtoKindValues,
  feedbackPreviewDtoLocaleValues,
  feedbackRecipientDtoStatusValues,
  type components,
} from '../api/schema';

export type FeedbackView = components['schemas']['FeedbackViewDto'];
export type FeedbackRecipient = components['schemas']['FeedbackRecipientDto'];
export type FeedbackTexts = components['schemas']['FeedbackTextsDto'];
export type FeedbackPreview = components['schemas']['FeedbackPreviewDto'];
export type FeedbackAttention = components['schemas']['FeedbackAttentionDto'];
export type SentFeedback = components['schemas']['SentFeedbackDto'];
export type PublicFeedback = components['schemas']['PublicFeedbackDto'];
export type Helpfulness = components['schemas']['FeedbackAnswerDto']['helped'];
export type DeliveryStatus = FeedbackRecipient['status'];
export type RecipientKind = FeedbackPreview['kind'];
export type FeedbackLocale = FeedbackPreview['locale'];

export const HELPFULNESS = feedbackAnswerDtoHelpedValues;
export const DELIVERY_STATUSES = feedbackRecipientDtoStatusValues;
export const RECIPIENT_KINDS = feedbackPreviewDtoKindValues;
export const FEEDBACK_LOCALES = feedbackPreviewDtoLocaleValues;

/** The three questions every feedback answers, in the order the message gives them. */
export const FEEDBACK_PARTS = ['whatHappened', 'stepsTaken', 'achieved'] as const;
export type FeedbackPart = (typeof FEEDBACK_PARTS)[number];

export function isHelpfulness(value: string | null | undefined): value is Helpfulness {
  return HELPFULNESS.some((h) => h === value);
}
