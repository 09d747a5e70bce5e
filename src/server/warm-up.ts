import type { Logger } from '../logger';

/** Runs one GraphQL operation in process (no HTTP). */
export type RunOperation = (query: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors: string[] }>;

/**
 * The hot operations: what the skill page, related skills, hiring, search, the framework
 * views and graph drawing ask for (the benchmark's scenarios S1-S8). Their subjects are
 * read from the graph itself (the first skills by slug, their names, a framework item),
 * so the warm-up works on any graph, empty included.
 */
const SUBJECTS = `query WarmUpSubjects { skills(first: 5) { nodes { id slug name } } frameworks { items(first: 2) { nodes { code } } } }`;
const OPERATIONS: ReadonlyArray<{ query: string; variables(s: Subject): Record<string, unknown>; once?: boolean }> = [
  {
    query: `query WarmUpSkill($slug: String!) { skill(slug: $slug) { id slug name description category level demandRank trend aliases source
      prerequisites { slug name } requiredBy { slug name } hiringCompanies(first: 10) { slug name } resources { slug title kind }
      frameworks { slug name } concepts { slug name } relatedSkills(first: 10) { score reasons skill { slug name } }
      occupations(first: 20) { totalCount edges { hot inDemand node { code title } } } } }`,
    variables: (s) => ({ slug: s.slug }),
  },
  // Once, for one subject: a learning path is a skill's whole prerequisite closure (788 steps
  // for a skill of the generated size-L graph). Run for every subject in every round, it took
  // the warm-up's budget (41 operations in 5 s there, against 367 without it) and grew the
  // heap to 180 MB before the first request (RSS 262 MB, against 150).
  {
    query: `query WarmUpLearningPath($slug: String!) { skill(slug: $slug) { learningPath { depth skill { slug name } } } }`,
    variables: (s) => ({ slug: s.slug }),
    once: true,
  },
  {
    query: `query WarmUpSkills($text: String) { skills(first: 20, filter: { text: $text }) { totalCount nodes { slug name } } }`,
    variables: (s) => ({ text: s.word }),
  },
  {
    query: `query WarmUpSearch($text: String!) { search(text: $text, first: 10) { totalCount nodes { score kind matchedField highlight node { id } } } }`,
    variables: (s) => ({ text: s.name }),
  },
  {
    query: `query WarmUpItem($code: String!) { frameworkItem(code: $code) { code name kind framework { slug } parent { code }
      children { code } mitigations { code } techniques { code } skills { slug } mappings { confidence item { code } } }
      crosswalk(code: $code, maxHops: 2) { confidence source item { code } } }`,
    variables: (s) => ({ code: s.code }),
  },
  {
    query: `query WarmUpView($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id nodeId label kind degree } edges { id source target type } } }`,
    variables: (s) => ({ id: s.id }),
  },
];

/** Every document the warm-up sends (test/unit/warm-up.test.ts validates them against the schema). */
export const WARM_UP_DOCUMENTS: readonly string[] = [SUBJECTS, ...OPERATIONS.map((o) => o.query)];

interface Subject {
  id: string;
  slug: string;
  name: string;
  word: string;
  code: string;
}

export interface WarmUpReport {
  rounds: number;
  operations: number;
  errors: number;
  ms: number;
  /** Mean milliseconds per operation in the first round and in the last one. */
  firstRoundMs: number;
  lastRoundMs: number;
}

/**
 * Before /ready turns 200: runs the hot operations through the whole GraphQL stack
 * (parse, validation, resolvers, loaders, Cypher), round after round, until `budgetMs`
 * is spent. On a freshly started server and Neo4j the first rounds are several times
 * slower than the later ones (both JITs, Neo4j's query plans); a replica that joins
 * under load then meets its traffic warm. Errors are counted, not thrown: a warm-up
 * never keeps a server from serving.
 */
export async function warmUp(run: RunOperation, budgetMs: number, log: Logger): Promise<WarmUpReport> {
  const started = performance.now();
  const report: WarmUpReport = { rounds: 0, operations: 0, errors: 0, ms: 0, firstRoundMs: 0, lastRoundMs: 0 };
  if (budgetMs <= 0) return report;
  const subjects = await readSubjects(run).catch(() => []);
  if (subjects.length === 0) {
    log.info('warm-up skipped: the graph has no skills yet');
    return report;
  }
  while (performance.now() - started < budgetMs) {
    const roundStart = performance.now();
    let count = 0;
    for (const [i, subject] of subjects.entries()) {
      for (const op of OPERATIONS) {
        if (performance.now() - started >= budgetMs) break;
        if (op.once && (report.rounds > 0 || i > 0)) continue;
        const { errors } = await run(op.query, op.variables(subject)).catch((err: unknown) => ({ errors: [(err as Error).message] }));
        if (errors.length > 0 && report.errors++ === 0)
          log.warn({ operation: /query (\w+)/.exec(op.query)?.[1], errors }, 'warm-up: an operation failed');
        count++;
      }
    }
    if (count === 0) break;
    const perOp = (performance.now() - roundStart) / count;
    if (report.rounds === 0) report.firstRoundMs = perOp;
    report.lastRoundMs = perOp;
    report.rounds++;
    report.operations += count;
  }
  report.ms = performance.now() - started;
  log.info(
    { ...report, ms: Math.round(report.ms), firstRoundMs: round1(report.firstRoundMs), lastRoundMs: round1(report.lastRoundMs) },
    `warm-up: ${report.operations} operations in ${Math.round(report.ms)} ms; ${round1(report.firstRoundMs)} ms per operation at first, ${round1(report.lastRoundMs)} ms at the end`,
  );
  return report;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

async function readSubjects(run: RunOperation): Promise<Subject[]> {
  const { data } = (await run(SUBJECTS, {})) as {
    data?: {
      skills: { nodes: Array<{ id: string; slug: string; name: string }> };
      frameworks: Array<{ items: { nodes: Array<{ code: string }> } }>;
    };
  };
  const codes = (data?.frameworks ?? []).flatMap((f) => f.items.nodes.map((i) => i.code));
  return (data?.skills.nodes ?? []).map((s, i) => ({
    id: s.id,
    slug: s.slug,
    name: s.name,
    word: s.name.split(/\s+/)[0],
    // A graph without framework items asks for an unknown code: still the same statements.
    code: codes.length > 0 ? codes[i % codes.length] : 'none',
  }));
}
