// Configuration is read from the environment once, validated at boot with every problem reported at
// once, and has working defaults for a local run.
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/signaalroute';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so several installations (or test files) can share one Redis. */
  @Matches(/^[a-zA-Z0-9_-]+$/, { message: 'QUEUE_PREFIX may hold only letters, digits, - and _' })
  QUEUE_PREFIX = 'signaalroute';

  /** The address people reach the web app at; used in links in e-mails. */
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be an http(s) URL' })
  @IsOptional()
  PUBLIC_URL?: string;

  /** SMTP server for outgoing mail; when unset, mail is stored and staff can read it in the app. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  // Mails invite a reply, so the default sender is an inbox people read, not a no-reply address.
  MAIL_FROM = 'Signaalroute <signalen@signaalroute.nl>';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** How long a browser sign-in lasts (hours). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_HOURS = 12;

  /** Password of the demo accounts (demo mode only); generated and printed at start when unset. */
  @IsOptional()
  @IsString()
  @Matches(/^.{12,200}$/, { message: 'DEMO_PASSWORD must be 12 to 200 characters' })
  DEMO_PASSWORD?: string;

  /** How often the outbox relay looks for committed jobs when no notification woke it (ms). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS = 1000;

  /** How often the sweeper re-derives due work whose job was lost, e.g. when Redis restarted empty (ms). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  SWEEP_INTERVAL_MS = 30_000;

  /** How old due work must be before the sweeper assumes its job was lost (ms). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  SWEEP_AFTER_MS = 60_000;

  /**
   * Other sites whose browser code may call the API (CORS), comma-separated origins such as
   * `https://partner.example`. Unset: none; the web app is served from the API's own origin.
   */
  @IsOptional()
  @Matches(/^\s*https?:\/\/[^\s,/]+\s*(,\s*https?:\/\/[^\s,/]+\s*)*$/, {
    message: 'CORS_ORIGINS must be comma-separated origins like https://partner.example (no paths)',
  })
  CORS_ORIGINS?: string;

  /**
   * The reverse proxies in front of the API whose X-Forwarded-For is believed (Express "trust proxy"):
   * a number of hops, `loopback`, or comma-separated addresses/subnets. Unset: none, so rate limits
   * count the connecting address. Never "true": anyone could then pick the address they are counted by.
   */
  @IsOptional()
  @Matches(
    /^(\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*)$/,
    {
      message: 'TRUST_PROXY must be a number of hops, loopback, or comma-separated addresses or subnets',
    },
  )
  TRUST_PROXY?: string;

  /** Multiplies every rate limit (load tests, or an installation behind one shared address); 1 in normal use. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_FACTOR = 1;

  /** Load the demo data on start (the README's start command sets it). */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO = false;

  /** Cookies are Secure whenever the app is reached over https. */
  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/$/, '');
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n- ${problems.join('\n- ')}`);
  }
}

/** Reads and validates the environment; throws one error listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (config.NODE_ENV === 'production' && config.DEMO) {
    problems.push('DEMO: demo accounts and data may not be loaded in production; set DEMO=0');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
