// The errors of a sent form, at the top, focused so they are read first; each links to its field
// (the NL Design System and GOV.UK pattern for WCAG 3.3.1).
import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert } from './alert';
import { Heading } from './heading';

export interface SummaryItem {
  message: string;
  /** The id of the control to go to; absent for problems that belong to no field. */
  targetId?: string;
}

interface Props {
  title: string;
  items: SummaryItem[];
}

export function ErrorSummary({ title, items }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [items]);

  const goTo = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    // Focusing scrolls the field into view too; following the link would not focus it everywhere.
    target.focus();
  };

  return (
    <Alert
      type="error"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="sr-error-summary"
    >
      <Heading level={2} id="error-summary-title">
        {title}
      </Heading>
      <ul className="utrecht-unordered-list">
        {items.map((item, index) => (
          <li key={index} className="utrecht-unordered-list__item">
            {item.targetId ? (
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${item.targetId}`}
                onClick={(event) => goTo(event, item.targetId ?? '')}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
