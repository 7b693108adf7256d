import { Module } from '@nestjs/common';
import { StepChangeService } from './step-change.service';

/** Domain services both apps need; the host app provides TypeORM. */
@Module({
  providers: [StepChangeService],
  exports: [StepChangeService],
})
export class CoreModule {}
