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
});

export type Config = Readonly<{
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
  });
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
