import path from 'node:path';
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  SASAEAI_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  // The server itself when DATABASE_URL names a pooler in transaction mode:
  // migrations, the first-start lock and LISTEN need a session of their own.
  DATABASE_DIRECT_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  // A streaming replica of DATABASE_URL for public reads, and how far behind it may fall before reads go back to the primary.
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SASAEAI_REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0).max(3600).default(10),
  // No default: see demoChoice.
  SASAEAI_DEMO: flag.optional(),
  // Set behind a TLS-terminating proxy so cookies get `Secure` and the
  // client address comes from X-Forwarded-For.
  SASAEAI_TRUST_PROXY: flag.default(false),
  // How many proxies of ours add an X-Forwarded-For entry: the client is the entry the outermost one added.
  SASAEAI_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  // Submissions of one public form per client in ten minutes (0: no limit, for load tests).
  SASAEAI_FORM_LIMIT: z.coerce.number().int().min(0).max(100_000).default(20),
  SASAEAI_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SASAEAI_LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
  SASAEAI_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  SASAEAI_MAIL_FROM: z.string().min(3).default('ささえあい <no-reply@sasaeai.example.jp>'),
  SASAEAI_BASE_URL: z.url().optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A direct connection to the server behind databaseUrl, for session-bound work; databaseUrl itself when not given. */
  directDatabaseUrl: string | undefined;
  readDatabaseUrl: string | undefined;
  replicaMaxLagSeconds: number;
  loadDemo: boolean;
  /** The setting that kept the demo out when SASAEAI_DEMO was not given, for the start-up line. */
  demoWithheldBy: 'DATABASE_URL' | 'SASAEAI_TRUST_PROXY' | null;
  trustProxy: boolean;
  proxyHops: number;
  publicFormLimit: number;
  secret: string | undefined;
  logLevel: 'silent' | 'error' | 'info';
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Public address used in links sent by mail; defaults to http://localhost:PORT. */
  baseUrl: string;
};

/** Reads the environment once; on failure lists every bad key. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`設定が正しくありません (invalid configuration):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.SASAEAI_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    directDatabaseUrl: env.DATABASE_URL ? (env.DATABASE_DIRECT_URL ?? env.DATABASE_URL) : undefined,
    readDatabaseUrl: env.DATABASE_READ_URL,
    replicaMaxLagSeconds: env.SASAEAI_REPLICA_MAX_LAG_SECONDS,
    ...demoChoice(env),
    trustProxy: env.SASAEAI_TRUST_PROXY,
    proxyHops: env.SASAEAI_PROXY_HOPS,
    publicFormLimit: env.SASAEAI_FORM_LIMIT,
    secret: env.SASAEAI_SECRET,
    logLevel: env.SASAEAI_LOG_LEVEL,
    smtpUrl: env.SASAEAI_SMTP_URL,
    mailFrom: env.SASAEAI_MAIL_FROM,
    baseUrl: (env.SASAEAI_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
  };
}

/**
 * The demo tenant signs in with a password printed in the README, so it is
 * only the default where a first try happens: the embedded database, not
 * behind a TLS proxy. A production install (PostgreSQL, or a proxy) gets it
 * only when SASAEAI_DEMO=1 is given.
 */
export function demoChoice(env: { SASAEAI_DEMO?: boolean; DATABASE_URL?: string; SASAEAI_TRUST_PROXY: boolean }): Pick<Config, 'loadDemo' | 'demoWithheldBy'> {
  if (env.SASAEAI_DEMO !== undefined) return { loadDemo: env.SASAEAI_DEMO, demoWithheldBy: null };
  const withheldBy = env.DATABASE_URL ? 'DATABASE_URL' : env.SASAEAI_TRUST_PROXY ? 'SASAEAI_TRUST_PROXY' : null;
  return { loadDemo: withheldBy === null, demoWithheldBy: withheldBy };
}

export class ConfigError extends Error {}
