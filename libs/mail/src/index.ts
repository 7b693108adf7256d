export * from './templates/acknowledgement.template';
export * from './templates/mail-layout';
export * from './templates/html-escape';
export * from './mail-transport';
export * from './mail-delivery.service';
export * from './mail.module';
