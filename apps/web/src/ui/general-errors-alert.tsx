// A small form without an error summary still shows what belongs to no field: in one alert on top.
import { Alert } from './alert';

export function GeneralErrorsAlert({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert type="error" role="alert">
      {messages.join(' ')}
    </Alert>
  );
}
