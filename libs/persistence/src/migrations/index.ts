// Every migration, in order. New ones are generated with `npm run migration:generate -- Name`.
import { Foundation1795432889805 } from './1795432889805-Foundation';
import { IdempotencyRecords1795433261143 } from './1795433261143-IdempotencyRecords';
import { TitleTrigramIndex1795435405269 } from './1795435405269-TitleTrigramIndex';
import { Accounts1795435675648 } from './1795435675648-Accounts';
import { CaseTitleReviewed1795439661429 } from './1795439661429-CaseTitleReviewed';
import { RecognitionAndDeepening1795442296002 } from './1795442296002-RecognitionAndDeepening';
import { SharingAgendaFeedback1795444298346 } from './1795444298346-SharingAgendaFeedback';

export const MIGRATIONS = [
  Foundation1795432889805,
  IdempotencyRecords1795433261143,
  TitleTrigramIndex1795435405269,
  Accounts1795435675648,
  CaseTitleReviewed1795439661429,
  RecognitionAndDeepening1795442296002,
  SharingAgendaFeedback1795444298346,
];
