// Limits on the routes people could hammer (sign-in, e-mail links, the public form, private links): per
// IP and per account, counted in Redis so every API process shares the count; in memory while Redis is
// down. Sized for real use: a whole school or municipality may reach us from one address. Behind a
// reverse proxy, TRUST_PROXY must name it, or everyone shares the proxy's count.
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';

export type RateLimitPolicy =
  | 'sign_in_ip'
  | 'sign_in_account'
  | 'email_link_ip'
  | 'email_link_account'
  | 'link_use_ip'
  | 'invite_ip'
  | 'public_search_ip'
  | 'signal_submit'
  | 'token_lookup_ip'
  | 'token_answer_ip';

export const RATE_LIMIT_POLICIES: Record<RateLimitPolicy, { points: number; seconds: number }> = {
  // Generous per IP: a whole school or municipality may sit behind one address.
  sign_in_ip: { points: 100, seconds: 15 * 60 },
  sign_in_account: { points: 10, seconds: 15 * 60 },
  // Members of one school or municipality may share an address; the per-address limit guards each inbox.
  email_link_ip: { points: 30, seconds: 60 * 60 },
  email_link_account: { points: 5, seconds: 60 * 60 },
  link_use_ip: { points: 30, seconds: 15 * 60 },
  // Admins invite from an office address, sometimes a whole team at once.
  invite_ip: { points: 50, seconds: 60 * 60 },
  // The form looks up similar bottlenecks while someone types (debounced): a few per minute each.
  public_search_ip: { points: 120, seconds: 60 },
  // The public form, per address (or per account when signed in): a workshop of a hundred teachers on
  // one school network fits in an hour; a script filling the inbox does not.
  signal_submit: { points: 300, seconds: 60 * 60 },
  // Opening a private link (tracking, call invitation, feedback, expert link): a parents' evening
  // checking their links fits; trying tokens at speed does not (and 256-bit tokens cannot be guessed).
  token_lookup_ip: { points: 300, seconds: 15 * 60 },
  // Answering through a private link (a call invitation, an expert's analysis).
  token_answer_ip: { points: 120, seconds: 15 * 60 },
};

@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly limiters: Record<RateLimitPolicy, RateLimiterRedis>;

  constructor(config: AppConfig) {
    // Fails fast while Redis is down; the in-memory insurance limiter counts meanwhile.
    this.redis = new Redis(config.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: false,
    });
    this.redis.on('error', () => undefined);
    const entries = Object.entries(RATE_LIMIT_POLICIES).map(([name, policy]) => {
      const points = policy.points * config.RATE_LIMIT_FACTOR;
      return [
        name,
        new RateLimiterRedis({
          storeClient: this.redis,
          keyPrefix: `${config.QUEUE_PREFIX}:ratelimit:${name}`,
          points,
          duration: policy.seconds,
          insuranceLimiter: new RateLimiterMemory({ points, duration: policy.seconds }),
        }),
      ];
    });
    this.limiters = Object.fromEntries(entries) as Record<RateLimitPolicy, RateLimiterRedis>;
  }

  /** Counts one attempt against the policy for this key; refuses with 429 when the limit is reached. */
  async consume(policy: RateLimitPolicy, key: string): Promise<void> {
    try {
      await this.limiters[policy].consume(key.toLowerCase());
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new DomainError(
        'rate_limited',
        {
          nl: `Te veel verzoeken vanaf dit adres of account. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
          en: `Too many requests from this address or account. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
        },
        { retryAfterSeconds },
      );
    }
  }

  /** Forgets the attempts for this key (after a successful sign-in). */
  async reset(policy: RateLimitPolicy, key: string): Promise<void> {
    await this.limiters[policy].delete(key.toLowerCase()).catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
