// One place maps every error to an HTTP answer: domain errors by their code, validation errors per
// field in the caller's language, Nest/Express HTTP errors as they are, anything else as a 500 with a
// correlation id that is also in the log line.
import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, HttpException, HttpStatus, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DomainError, type DomainErrorCode } from '@app/core';
import type { ErrorResponse } from './error-response';
import { requestLocale } from './locale';
import { RequestValidationError } from './request-validation.error';
import { toFieldErrors } from './validation-messages';

const STATUS: Record<DomainErrorCode, number> = {
  not_found: HttpStatus.NOT_FOUND,
  validation_failed: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  csrf_failed: HttpStatus.FORBIDDEN,
  version_conflict: HttpStatus.CONFLICT,
  transition_not_allowed: HttpStatus.CONFLICT,
  role_not_allowed: HttpStatus.FORBIDDEN,
  reason_required: HttpStatus.UNPROCESSABLE_ENTITY,
  guard_failed: HttpStatus.UNPROCESSABLE_ENTITY,
  idempotency_conflict: HttpStatus.UNPROCESSABLE_ENTITY,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  conflict: HttpStatus.CONFLICT,
  // Unknown, used and expired links get one answer, so none can be told from the others.
  link_invalid: HttpStatus.GONE,
  invalid_assignment: HttpStatus.UNPROCESSABLE_ENTITY,
  analysis_incomplete: HttpStatus.UNPROCESSABLE_ENTITY,
  // Well-formed input that breaks a rule of the domain (e.g. a close date in the past).
  rule_violated: HttpStatus.UNPROCESSABLE_ENTITY,
  service_unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Dutch for errors whose specific text is English (staff-facing); the English text stays in `detail`. */
const DUTCH: Record<DomainErrorCode, string> = {
  not_found: 'Dit bestaat niet (meer).',
  validation_failed: 'De invoer is niet geldig.',
  unauthenticated: 'Log in om dit te gebruiken.',
  forbidden: 'Dit is niet voor jouw rol bedoeld.',
  csrf_failed: 'Dit verzoek mist de beveiligingscode van je sessie. Laad de pagina opnieuw.',
  version_conflict:
    'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  transition_not_allowed: 'Deze stap is vanuit de huidige stap niet mogelijk.',
  role_not_allowed: 'Jouw rol mag deze stap niet zetten.',
  reason_required: 'Geef een reden op voor deze stap.',
  guard_failed: 'Deze stap kan nog niet: er ontbreekt nog iets (zie details).',
  idempotency_conflict: 'Deze Idempotency-Key is al gebruikt voor een andere melding.',
  rate_limited: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
  conflict: 'Dit botst met wat er al is (zie details).',
  link_invalid: 'Deze link is niet (meer) geldig. Vraag een nieuwe link aan.',
  invalid_assignment: 'Deze toewijzing kan niet (zie details).',
  analysis_incomplete: 'De analyse is nog niet compleet om in te dienen (zie de velden).',
  rule_violated: 'Dit kan zo niet (zie details).',
  service_unavailable: 'De dienst is tijdelijk niet beschikbaar. Probeer het over een minuut opnieuw.',
};

const INVALID_INPUT = { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' };
const UNEXPECTED = {
  nl: 'Er ging iets mis aan onze kant. Noem deze code als je contact opneemt:',
  en: 'Something went wrong on our side. Quote this code if you contact us:',
};
const MALFORMED = {
  nl: 'De inhoud van het verzoek is geen geldige JSON.',
  en: 'The request body is not valid JSON.',
};
const TOO_LARGE = { nl: 'Het verzoek is te groot.', en: 'The request body is too large.' };
const TOO_DEEP = {
  nl: 'De inhoud van het verzoek is te diep genest.',
  en: 'The request body is nested too deeply.',
};
const DATABASE_DOWN = {
  nl: 'De database is tijdelijk niet bereikbaar. Probeer het over een minuut opnieuw.',
  en: 'The database is temporarily unreachable. Please try again in a minute.',
};

/** Postgres error codes that mean the database cannot be reached or is shutting down. */
const UNAVAILABLE_PG_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    this.logger.setContext('DomainExceptionFilter');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    // Errors raised before the logger middleware (e.g. unparsable JSON) have no id yet: give them one.
    const correlationId = String(request.id ?? randomUUID());
    if (!request.id && !response.headersSent) response.setHeader('X-Correlation-Id', correlationId);
    const locale = requestLocale(request);
    const body = this.toResponse(exception, locale, correlationId);
    const retryAfter = exception instanceof DomainError ? exception.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number' && !response.headersSent)
      response.setHeader('Retry-After', String(retryAfter));
    if (body.statusCode >= 500) {
      this.logger.error({ err: loggable(exception), correlationId }, 'Request failed: %s', body.code);
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toResponse(exception: unknown, locale: 'nl' | 'en', correlationId: string): ErrorResponse {
    if (exception instanceof RequestValidationError) {
      return {
        statusCode: HttpStatus.BAD_REQUEST,
        code: 'validation_failed',
        message: INVALID_INPUT[locale],
        errors: toFieldErrors(exception.errors, locale),
        correlationId,
      };
    }
    if (exception instanceof DomainError) {
      const { errors, ...details } = exception.details ?? {};
      const message =
        exception.localized?.[locale] ?? (locale === 'nl' ? DUTCH[exception.code] : exception.message);
      return {
        statusCode: STATUS[exception.code],
        code: exception.code,
        message,
        detail: exception.localized ? undefined : exception.message,
        errors: Array.isArray(errors) ? (errors as ErrorResponse['errors']) : undefined,
        details: Object.keys(details).length > 0 ? details : undefined,
        correlationId,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest turns the JSON body parser's SyntaxError into a 400 carrying the parser's message.
      if (status === 400 && /JSON/.test(exception.message)) {
        return { statusCode: 400, code: 'malformed_body', message: MALFORMED[locale], correlationId };
      }
      const payload = exception.getResponse();
      const message =
        typeof payload === 'object' && payload !== null && 'message' in payload
          ? String((payload as { message: unknown }).message)
          : exception.message;
      return { statusCode: status, code: httpCode(status), message, correlationId };
    }
    if (isBodyParserError(exception)) {
      const tooLarge = exception.status === 413;
      const tooDeep = exception.type === 'entity.too.deep';
      return {
        statusCode: exception.status,
        code: tooLarge ? 'payload_too_large' : 'malformed_body',
        message: (tooLarge ? TOO_LARGE : tooDeep ? TOO_DEEP : MALFORMED)[locale],
        correlationId,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'service_unavailable',
        message: DATABASE_DOWN[locale],
        correlationId,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal_error',
      message: `${UNEXPECTED[locale]} ${correlationId}`,
      correlationId,
    };
  }
}

function httpCode(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 429:
      return 'too_many_requests';
    default:
      return status >= 500 ? 'internal_error' : 'http_error';
  }
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    'status' in error &&
    typeof (error as { type: unknown }).type === 'string' &&
    String((error as { type: string }).type).startsWith('entity.')
  );
}

function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM releases a transaction's connection when Postgres ends it (a restart): its next query throws this.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string } | undefined)?.code;
    return code !== undefined && UNAVAILABLE_PG_CODES.has(code);
  }
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return (
      code === 'ECONNREFUSED' ||
      // The connection dropped under a query (Postgres stopped): the request may be retried.
      code === 'ECONNRESET' ||
      code === 'EPIPE' ||
      // Refused while connecting (e.g. "the database system is shutting down"): not wrapped in a QueryFailedError.
      (code !== undefined && UNAVAILABLE_PG_CODES.has(code)) ||
      /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(error.message)
    );
  }
  return false;
}

/** A failed query carries its parameters (e-mail addresses, signal text): log what went wrong, not the data. */
function loggable(exception: unknown): unknown {
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string } | undefined)?.code;
    return { type: 'QueryFailedError', message: exception.message, code, stack: exception.stack };
  }
  return exception;
}
