// The five cause areas in words, for messages about an analysis.
import type { CauseArea, Locale } from '@app/workflow';

export const CAUSE_AREA_LABELS: Record<CauseArea, Record<Locale, string>> = {
  legislation: { nl: 'Wet- en regelgeving', en: 'Legislation' },
  steering_accountability: { nl: 'Sturing en verantwoording', en: 'Steering and accountability' },
  funding: { nl: 'Financiering', en: 'Funding' },
  decision_making: { nl: 'Besluitvorming en organisatie', en: 'Decision-making and organisation' },
  communication: { nl: 'Communicatie', en: 'Communication' },
};
