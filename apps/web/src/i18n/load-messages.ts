import nl from './nl.json';
import type { Language } from './language';
import type { Messages } from './messages';

/** Dutch is bundled; English is fetched only when someone switches to it. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'nl') return nl;
  const english = await import('./en.json');
  return english.default;
}
