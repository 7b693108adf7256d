// The seven steps in plain words for submitters, Dutch and English.
import type { Locale, RouteStep } from '@app/workflow';

export const ROUTE_STEP_LABELS: Record<RouteStep, Record<Locale, { name: string; explanation: string }>> = {
  intake: {
    nl: { name: 'Ontvangen', explanation: 'Je melding is binnen en veilig opgeslagen.' },
    en: { name: 'Received', explanation: 'Your signal has arrived and is stored safely.' },
  },
  triage: {
    nl: {
      name: 'Oogsten',
      explanation: 'Een netwerkadviseur bekijkt je melding en voegt haar samen met vergelijkbare meldingen.',
    },
    en: {
      name: 'Harvesting',
      explanation: 'A network adviser reviews your signal and groups it with similar ones.',
    },
  },
  recognition: {
    nl: {
      name: 'Toetsen',
      explanation: 'We gaan na of anderen dit knelpunt herkennen en hoe urgent het is.',
    },
    en: {
      name: 'Testing',
      explanation: 'We check whether others recognise this bottleneck and how urgent it is.',
    },
  },
  deepening: {
    nl: { name: 'Verdiepen', explanation: 'Experts zoeken naar de oorzaken van het knelpunt.' },
    en: { name: 'Deepening', explanation: 'Experts look for the causes of the bottleneck.' },
  },
  sharing: {
    nl: { name: 'Delen', explanation: 'We delen wat we geleerd hebben met het netwerk.' },
    en: { name: 'Sharing', explanation: 'We share what we learned with the network.' },
  },
  agenda: {
    nl: {
      name: 'Agenderen',
      explanation: 'We brengen het knelpunt in bij landelijke tafels waar het veranderd kan worden.',
    },
    en: {
      name: 'Agenda',
      explanation: 'We bring the bottleneck to national tables where it can be changed.',
    },
  },
  feedback: {
    nl: { name: 'Terugkoppelen', explanation: 'We laten weten wat er met je melding is gebeurd.' },
    en: { name: 'Reporting back', explanation: 'We let you know what happened with your signal.' },
  },
};

export const CLOSED_LABELS: Record<
  'closed' | 'archived',
  Record<Locale, { name: string; explanation: string }>
> = {
  closed: {
    nl: {
      name: 'Afgerond',
      explanation: 'Het knelpunt is afgerond en je hebt gehoord wat ermee gebeurd is.',
    },
    en: { name: 'Completed', explanation: 'The bottleneck is completed and you have heard what happened.' },
  },
  archived: {
    nl: {
      name: 'Gearchiveerd',
      explanation:
        'We nemen deze melding niet verder in behandeling. Ze blijft bewaard en kan worden heropend.',
    },
    en: {
      name: 'Archived',
      explanation: 'We are not taking this signal further. It is kept and can be reopened.',
    },
  },
};
