import { Alert } from '../ui/alert';

export interface Outcome {
  type: 'ok' | 'error' | 'warning';
  message: string;
}

/** The result of an action, announced where it happened: politely when it worked, at once when not. */
export function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <div aria-live="polite">
      {outcome && (
        <Alert type={outcome.type} role={outcome.type === 'ok' ? 'status' : 'alert'}>
          {outcome.message}
        </Alert>
      )}
    </div>
  );
}
