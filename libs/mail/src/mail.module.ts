import { Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MailDeliveryService } from './mail-delivery.service';
import { MailTransport } from './mail-transport';

/**
 * Mail delivery. Needs AppConfig (global, from ConfigModule) and a TypeORM DataSource, which the host
 * app provides (PersistenceModule).
 */
@Module({
  providers: [
    {
      provide: MailTransport,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => MailTransport.fromConfig(config),
    },
    MailDeliveryService,
  ],
  exports: [MailTransport, MailDeliveryService],
})
export class MailModule {}
