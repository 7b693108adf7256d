// Every migration, in order. New ones are generated with `npm run migration:generate -- Name`.
import { Foundation1795432889805 } from './1795432889805-Foundation';

export const MIGRATIONS = [Foundation1795432889805];
