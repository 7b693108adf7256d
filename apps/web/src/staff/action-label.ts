import type { I18n } from '../i18n/i18n-context';
import nl from '../i18n/nl.json';

type Action = keyof typeof nl.actions;

function isKnown(action: string): action is Action {
  return action in nl.actions;
}

/** The words for a step action from the API (history rows, next-step buttons); the code itself for a
 * new action the texts do not know yet, rather than a message key. */
export function actionLabel(t: I18n['t'], action: string): string {
  return isKnown(action) ? t(`actions.${action}`) : action.replace(/_/g, ' ');
}
