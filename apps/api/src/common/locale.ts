import type { Request } from 'express';
import type { Locale } from '@app/workflow';

/** Dutch unless the caller prefers English (Accept-Language). */
export function requestLocale(request: Request): Locale {
  return request.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl';
}
