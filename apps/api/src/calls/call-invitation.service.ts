// The invited member's side of a targeted call: the personal link from the mail shows the call and
// their answer, and answers for them. The token is the only key; an unknown one looks like any other.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, hashSecretToken, isWellFormedSecretToken } from '@app/core';
import { CallAnswerEntity, CallEntity, CallInvitationEntity, UserEntity } from '@app/persistence';
import { callNotOpen, isAnswerable } from './call-rules';
import { answerFields, respondentKey, writeCallAnswer } from './call-answer.writer';
import { toPublicCallDto } from './call-views';
import type { AnswerOutcomeDto, CallAnswerDto } from './dto/call-answer.dto';
import type { InvitationViewDto } from './dto/invitation-view.dto';

@Injectable()
export class CallInvitationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async view(token: string): Promise<InvitationViewDto> {
    const manager = this.dataSource.manager;
    const invitation = await this.findInvitation(token);
    const call = await manager.findOneByOrFail(CallEntity, { id: invitation.callId });
    const member = await manager.findOneByOrFail(UserEntity, { id: invitation.userId });
    const answer = await manager.findOne(CallAnswerEntity, {
      where: { callId: call.id, respondentKey: respondentKey({ kind: 'member', userId: member.id }) },
    });
    return {
      call: await toPublicCallDto(manager, call),
      answer: answer ? answerFields(answer) : null,
      profileDomains: member.domains,
      profileRegion: member.region,
      profileOrganisationType: member.organisationType,
      profileOrganisation: member.organisation,
    };
  }

  async answer(token: string, dto: CallAnswerDto): Promise<AnswerOutcomeDto> {
    const invitation = await this.findInvitation(token);
    await this.dataSource.transaction(async (manager) => {
      // Shared lock: the close job (which locks the call for update) cannot tally halfway through.
      const call = await manager.findOne(CallEntity, {
        where: { id: invitation.callId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!call || !isAnswerable(call)) throw callNotOpen();
      await writeCallAnswer(manager, call.id, { kind: 'member', userId: invitation.userId }, dto);
    });
    return { status: 'recorded' };
  }

  private async findInvitation(token: string): Promise<CallInvitationEntity> {
    const invitation = isWellFormedSecretToken(token)
      ? await this.dataSource.manager.findOne(CallInvitationEntity, {
          where: { tokenHash: hashSecretToken(token) },
        })
      : null;
    if (!invitation) throw new NotFoundError('Invitation', 'link');
    return invitation;
  }
}
