import type { FieldError } from './validation-messages';

/** The one shape every error answer has. */
export interface ErrorResponse {
  statusCode: number;
  code: string;
  message: string;
  /** The specific reason in English, when `message` is the general one. */
  detail?: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
  correlationId: string;
}
