import { Alert } from '../ui/alert';

/** A form's problem that belongs to no field, announced as soon as it appears. */
export function FormMessage({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert type="error" role="alert">
      {message}
    </Alert>
  );
}
