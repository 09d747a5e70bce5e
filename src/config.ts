import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root';

/**
 * The only module that reads the environment. Everything else receives the frozen,
 * typed `Config`. Invalid settings fail at start with every problem listed.
 */

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
/** 0 asks the OS for a free port (tests use it). */
const httpPort = z.coerce.number().int().min(0).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 4g');
/** A request body size as Express reads it: bytes, or a number with kb/mb. */
const bodySize = z.string().regex(/^\d+(b|kb|mb)?$/i, 'a size such as 262144, 256kb or 16mb');
const ms = z.coerce.number().int().positive();
const count = z.coerce.number().int().min(0);

export type Role = 'reader' | 'editor' | 'admin';

/** `role:key` pairs, comma-separated; keys are long random strings (see README, Security). */
const apiKeysSchema = z.string().transform((value, ctx) => {
  const keys: Array<{ role: Role; key: string }> = [];
  for (const [i, pair] of value.split(',').entries()) {
    const entry = pair.trim();
    if (!entry) continue;
    const colon = entry.indexOf(':');
    const role = entry.slice(0, colon);
    const key = entry.slice(colon + 1);
    if (colon < 1 || !['reader', 'editor', 'admin'].includes(role)) {
      ctx.addIssue({ code: 'custom', message: `entry ${i + 1}: write role:key with role reader, editor or admin` });
    } else if (key.length < 24) {
      ctx.addIssue({ code: 'custom', message: `entry ${i + 1}: the key must be at least 24 characters` });
    } else keys.push({ role: role as Role, key });
  }
  return keys;
});

/**
 * CORS_ORIGINS: `*`, or a comma-separated list of origins (scheme://host[:port], as a
 * browser sends them in `Origin`); `none` turns CORS off.
 */
const corsOriginsSchema = z.string().transform((value, ctx): '*' | readonly string[] => {
  const trimmed = value.trim();
  if (trimmed === '*') return '*';
  if (trimmed === 'none') return [];
  const origins: string[] = [];
  for (const [i, entry] of trimmed.split(',').entries()) {
    const origin = entry.trim();
    if (!origin) continue;
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    const exact = parsed && /^https?:$/.test(parsed.protocol) && /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/i.test(parsed.hostname);
    if (!parsed || !exact || parsed.origin !== origin.replace(/\/$/, '')) {
      ctx.addIssue({
        code: 'custom',
        message: `entry ${i + 1} ("${origin}"): write an origin such as https://app.example.org or http://localhost:5173`,
      });
    } else origins.push(parsed.origin);
  }
  return origins;
});

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: httpPort.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUERY_STATS: bool.default(false),
  SEED_ON_START: bool.default(true),
  IMPORT_ON_START: bool.default(true),
  SKILLGRAPH_DATA_DIR: z.string().min(1).optional(),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters (Neo4j requires it)').default('skillgraph-local'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),

  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_VERSION: z
    .string()
    .regex(/^5\.\d+\.\d+$/, 'a Neo4j 5 version such as 5.26.30')
    .default('5.26.30'),
  NEO4J_HOME: z.string().min(1).default('.neo4j'),
  NEO4J_HEAP: memory.default('4g'),
  NEO4J_PAGECACHE: memory.default('4g'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  NEO4J_MAX_RETRY_MS: ms.default(5_000),
  NEO4J_CONNECTION_TIMEOUT_MS: ms.default(5_000),

  // Who may write (src/auth/).
  SKILLGRAPH_API_KEYS: apiKeysSchema.default([]),
  JWT_SECRET: z.string().min(32, 'at least 32 characters (HS256 needs 256 bits)').optional(),
  JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
  PUBLIC_READ: bool.default(true),
  CORS_ORIGINS: corsOriginsSchema.default('*'),
  GRAPHIQL: bool.optional(),

  // Abuse limits (src/server/limits.ts).
  MAX_DEPTH: z.coerce.number().int().min(1).default(12),
  MAX_ALIASES: count.default(30),
  MAX_DIRECTIVES: count.default(20),
  MAX_NESTING: z.coerce.number().int().min(2).default(64),
  MAX_TOKENS: z.coerce.number().int().min(1).default(5_000),
  MAX_COST: z.coerce.number().int().min(1).default(50_000),
  COST_LIST_SIZE: z.coerce.number().int().min(1).default(5),
  CLOSURE_MAX_STEPS: z.coerce.number().int().min(1).max(100_000).default(2_000),
  MAX_BODY_SIZE: bodySize.default('256kb'),
  IMPORT_MAX_BODY_SIZE: bodySize.default('16mb'),
  MAX_BATCH: count.default(0),
  INTROSPECTION: bool.optional(),
  CYPHER_TIMEOUT_MS: ms.default(10_000),
  IMPORT_TIMEOUT_MS: ms.default(120_000),
  RATE_LIMIT_MAX: count.default(600),
  RATE_LIMIT_WINDOW_MS: ms.default(60_000),
  TRUST_PROXY: z.string().min(1).default('false'),

  // Operations.
  METRICS: bool.default(true),
  RESPONSE_CACHE_TTL_S: z.coerce.number().int().min(0).max(86_400).default(0),
  RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4_096).default(64),
  READY_TIMEOUT_MS: ms.default(2_000),
  SHUTDOWN_GRACE_MS: ms.default(10_000),
  RELATED_ROUND_PAUSE_MS: ms.default(1_000),
  MAX_CONCURRENT_REQUESTS: count.default(32),
  ADMISSION_QUEUE_MS: ms.default(2_000),
  MAX_QUEUED_REQUESTS: count.default(512),
  WARMUP_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  // State shared by replicas (src/server/redis.ts); unset: each process keeps its own.
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, hostname: /^.+$/, error: 'a redis:// or rediss:// URL such as redis://127.0.0.1:6379' })
    .optional(),
});

export type Config = Readonly<{
  auth: Readonly<{
    apiKeys: ReadonlyArray<Readonly<{ role: Role; key: string }>>;
    jwt: Readonly<{ secret?: string; jwksUrl?: string; issuer?: string; audience?: string; rolesClaim: string }> | null;
    publicRead: boolean;
    /** Origins whose pages may call the API from a browser: `*` (any) or a list ([] = none). */
    corsOrigins: '*' | readonly string[];
  }>;
  limits: Readonly<{
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    /** Brackets ({ [ () open at once, checked before parsing. */
    maxNesting: number;
    maxTokens: number;
    maxCost: number;
    costListSize: number;
    /** The largest learning path or `unlocks` closure a request may order. */
    closureMaxSteps: number;
    maxBodySize: string;
    importMaxBodySize: string;
    /** 0: batched requests are refused. */
    maxBatch: number;
    introspection: boolean;
    cypherTimeoutMs: number;
    importTimeoutMs: number;
    /** 0: no rate limit. */
    rateLimitMax: number;
    rateLimitWindowMs: number;
    trustProxy: boolean | number | string;
    blockFieldSuggestions: boolean;
  }>;
  ops: Readonly<{
    metrics: boolean;
    readyTimeoutMs: number;
    shutdownGraceMs: number;
    /** Between two related-lists rounds while writes keep marking skills (src/related/related-worker.ts). */
    relatedRoundPauseMs: number;
  }>;
  /**
   * Admission control for /graphql and /graph/export (src/server/admission.ts): at most
   * maxConcurrent requests run (0: no limit), at most maxQueued wait, each for at most
   * queueMs; past that, 503 with Retry-After at once instead of a client timeout.
   */
  admission: Readonly<{ maxConcurrent: number; maxQueued: number; queueMs: number }>;
  /** How long the warm-up before /ready turns 200 may run (src/server/warm-up.ts); 0: none. */
  warmUpMs: number;
  /** GraphiQL at GET /graphql for browsers: on in development, off in production unless GRAPHIQL=true. */
  graphiql: boolean;
  /** Whole-response cache for queries (src/server/response-cache.ts); ttlSeconds 0: off. */
  responseCache: Readonly<{ ttlSeconds: number; maxMegabytes: number }>;
  /** Redis for the rate limit's counters and the response cache's invalidation across replicas; null: in process. */
  redisUrl: string | null;
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  queryStats: boolean;
  seedOnStart: boolean;
  /** Import, at start, the data sets in `dataDir` that the graph has never had. */
  importOnStart: boolean;
  /** The public data sets folder (shared/data layout); null when there is none. */
  dataDir: string | null;
  neo4j: Readonly<{
    /** Set when the user points at an existing Neo4j; otherwise the local one is used. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
  }>;
  local: Readonly<{
    boltPort: number;
    version: string;
    home: string;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
  }>;
  /** Driver settings that decide how fast an outage surfaces as SERVICE_UNAVAILABLE. */
  driver: Readonly<{ maxRetryMs: number; connectionTimeoutMs: number }>;
}>;

/** Parses an environment into a Config, or throws one error listing every problem. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const jwtProblems = jwtSettingProblems(e);
  if (jwtProblems.length > 0) throw new Error(`Invalid configuration:\n${jwtProblems.map((p) => `  ${p}`).join('\n')}`);
  const production = e.NODE_ENV === 'production';
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    queryStats: e.QUERY_STATS,
    seedOnStart: e.SEED_ON_START,
    importOnStart: e.IMPORT_ON_START,
    dataDir: dataDir(e.SKILLGRAPH_DATA_DIR),
    neo4j: Object.freeze({ uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }),
    local: Object.freeze({
      boltPort: e.NEO4J_BOLT_PORT,
      version: e.NEO4J_VERSION,
      home: e.NEO4J_HOME,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
    }),
    driver: Object.freeze({ maxRetryMs: e.NEO4J_MAX_RETRY_MS, connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS }),
    auth: Object.freeze({
      apiKeys: Object.freeze(e.SKILLGRAPH_API_KEYS.map((k) => Object.freeze(k))),
      jwt:
        e.JWT_SECRET || e.JWKS_URL
          ? Object.freeze({
              secret: e.JWT_SECRET,
              jwksUrl: e.JWKS_URL,
              issuer: e.JWT_ISSUER,
              audience: e.JWT_AUDIENCE,
              rolesClaim: e.JWT_ROLES_CLAIM,
            })
          : null,
      publicRead: e.PUBLIC_READ,
      corsOrigins: e.CORS_ORIGINS === '*' ? '*' : Object.freeze([...e.CORS_ORIGINS]),
    }),
    limits: Object.freeze({
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxNesting: e.MAX_NESTING,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      costListSize: e.COST_LIST_SIZE,
      closureMaxSteps: e.CLOSURE_MAX_STEPS,
      maxBodySize: e.MAX_BODY_SIZE,
      importMaxBodySize: e.IMPORT_MAX_BODY_SIZE,
      maxBatch: e.MAX_BATCH,
      introspection: e.INTROSPECTION ?? !production,
      cypherTimeoutMs: e.CYPHER_TIMEOUT_MS,
      importTimeoutMs: e.IMPORT_TIMEOUT_MS,
      rateLimitMax: e.RATE_LIMIT_MAX,
      rateLimitWindowMs: e.RATE_LIMIT_WINDOW_MS,
      trustProxy: trustProxyValue(e.TRUST_PROXY),
      blockFieldSuggestions: production,
    }),
    ops: Object.freeze({
      metrics: e.METRICS,
      readyTimeoutMs: e.READY_TIMEOUT_MS,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      relatedRoundPauseMs: e.RELATED_ROUND_PAUSE_MS,
    }),
    admission: Object.freeze({
      maxConcurrent: e.MAX_CONCURRENT_REQUESTS,
      maxQueued: e.MAX_QUEUED_REQUESTS,
      queueMs: e.ADMISSION_QUEUE_MS,
    }),
    warmUpMs: e.WARMUP_MS,
    graphiql: e.GRAPHIQL ?? !production,
    responseCache: Object.freeze({ ttlSeconds: e.RESPONSE_CACHE_TTL_S, maxMegabytes: e.RESPONSE_CACHE_MAX_MB }),
    redisUrl: e.REDIS_URL ?? null,
  });
}

/** JWT settings that only make sense together. */
function jwtSettingProblems(e: { JWT_SECRET?: string; JWKS_URL?: string; JWT_ISSUER?: string }): string[] {
  const problems: string[] = [];
  if (e.JWT_SECRET && e.JWKS_URL) problems.push('JWT_SECRET, JWKS_URL: set one of them, not both');
  if ((e.JWT_SECRET || e.JWKS_URL) && !e.JWT_ISSUER)
    problems.push('JWT_ISSUER: required with JWT_SECRET or JWKS_URL (tokens are checked against it)');
  return problems;
}

/** Express's `trust proxy`: true/false, a hop count, or addresses and subnets. */
function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** SKILLGRAPH_DATA_DIR (relative to the project), else ../shared/data when it exists. */
function dataDir(value: string | undefined): string | null {
  if (value !== undefined) return isAbsolute(value) ? value : resolve(projectRoot, value);
  const fallback = join(projectRoot, '..', 'shared', 'data');
  return existsSync(fallback) ? fallback : null;
}

/** The process's configuration; exits with the listed problems when invalid. */
export function loadConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
}
