import { CALL_KINDS, CHANNELS, DOMAINS, type CallKind, type Channel, type Domain } from '@app/workflow';
import {
  BooleanField,
  CodeField,
  CodeListField,
  DateTimeField,
  TextField,
  TextListField,
  UuidField,
} from '../../common/fields.decorator';

export class CreateCallDto {
  @CodeField(CALL_KINDS, { description: 'open: a general question; targeted: about one case (step 3)' })
  kind!: CallKind;

  @UuidField({ description: 'The case a targeted call asks about (required for targeted)', optional: true })
  caseId?: string;

  @TextField({ description: 'The question to the network', min: 10, max: 300 })
  question!: string;

  @TextField({ description: 'Why the network is asked: members are always told', min: 10, max: 2000 })
  reason!: string;

  @CodeListField(CHANNELS, { description: 'Where the call goes out', minSize: 1, maxSize: CHANNELS.length })
  channels!: Channel[];

  @DateTimeField({ description: 'When answering opens (default: on publishing)', optional: true })
  opensAt?: string;

  @DateTimeField({ description: 'When the call closes; its tally runs then' })
  closesAt!: string;

  @CodeListField(DOMAINS, {
    description: 'Targeted: members in any of these domains',
    minSize: 0,
    maxSize: DOMAINS.length,
    optional: true,
  })
  audienceDomains?: Domain[];

  @TextListField({
    description: 'Targeted: members in any of these regions',
    max: 100,
    maxSize: 50,
    optional: true,
  })
  audienceRegions?: string[];

  @BooleanField({
    description: 'Targeted: every member (domains and regions are then ignored)',
    optional: true,
  })
  audienceEveryone?: boolean;

  @BooleanField({
    description: 'Targeted: also listed on the public calls page, where anyone may answer',
    optional: true,
  })
  isPublic?: boolean;
}
