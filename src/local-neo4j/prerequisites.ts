import { spawnSync } from 'node:child_process';

/** Raised when this machine cannot run a local Neo4j; its message names every way out. */
export class MissingPrerequisiteError extends Error {}

const waysOut = [
  'Ways out:',
  '  1. install a JDK 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), then run this again;',
  '  2. set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to an existing Neo4j 5 server;',
  '  3. with Docker: docker compose up (starts Neo4j and the server together).',
].join('\n');

/** The major version of `java` on PATH, or null when there is none. */
export function javaMajorVersion(): number | null {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function hasMaven(): boolean {
  const out = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !out.error && out.status === 0;
}

/** Throws a MissingPrerequisiteError unless Java 17+ (and, to fetch Neo4j, Maven) are present. */
export function checkPrerequisites(needMaven: boolean): void {
  const java = javaMajorVersion();
  if (java === null) throw new MissingPrerequisiteError(`No Java found: the local Neo4j needs Java 17 or newer.\n${waysOut}`);
  if (java < 17) throw new MissingPrerequisiteError(`Java ${java} found: the local Neo4j needs Java 17 or newer.\n${waysOut}`);
  if (needMaven && !hasMaven()) {
    throw new MissingPrerequisiteError(`No Maven found: it fetches Neo4j Community from Maven Central on first use.\n${waysOut}`);
  }
}
