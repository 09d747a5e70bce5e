import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { toGlobalId } from '../../src/graphql/global-id';
import type { NodeType } from '../../src/records';
import { benchCypher } from '../support/bench-cypher';

/**
 * Target (c): the floor. A plain node:http handler per scenario that runs one
 * hand-written Cypher statement with neo4j-driver and answers the same JSON that
 * skillgraph answers for the scenario's GraphQL query. No GraphQL, no framework.
 */
type Handler = (driver: Driver, database: string, slug: string) => Promise<{ data: unknown; roundTrips: number }>;

/**
 * An auto-commit read (RUN+PULL in one write), the cheapest way the driver offers and
 * the way skillgraph's QueryRunner reads, so the floor stays a floor.
 */
async function read(driver: Driver, database: string, text: string, params: Record<string, unknown>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.run(text, params);
  } finally {
    await session.close();
  }
}

const Q = {
  s1: benchCypher('raw/s1-skill'),
  s2: benchCypher('raw/s2-skill-page'),
  s3: benchCypher('raw/s3-related'),
  s4: benchCypher('raw/s4-hiring-companies'),
  s5: benchCypher('raw/s5-neighborhood'),
  s7Occupations: benchCypher('raw/s7-occupations'),
};

const handlers: Record<string, Handler> = {
  async s1(driver, database, slug) {
    const { records } = await read(driver, database, Q.s1.text, { slug });
    return { data: { skill: records[0]?.get('skill') ?? null }, roundTrips: 1 };
  },
  async s2(driver, database, slug) {
    const { records } = await read(driver, database, Q.s2.text, { slug });
    return { data: { skill: records[0]?.get('skill') ?? null }, roundTrips: 1 };
  },
  async s3(driver, database, slug) {
    const { records } = await read(driver, database, Q.s3.text, { slug, limit: neo4j.int(10) });
    return { data: { skill: records[0]?.get('skill') ?? null }, roundTrips: 1 };
  },
  async s4(driver, database, slug) {
    const { records } = await read(driver, database, Q.s4.text, { slug, companies: neo4j.int(50), skills: neo4j.int(5) });
    return { data: { skill: records[0]?.get('skill') ?? null }, roundTrips: 1 };
  },
  async 's7-occupations'(driver, database, slug) {
    const { records } = await read(driver, database, Q.s7Occupations.text, { slug, limit: neo4j.int(50) });
    return { data: { skill: records[0]?.get('skill') ?? null }, roundTrips: 1 };
  },
  async s5(driver, database, slug) {
    const { records } = await read(driver, database, Q.s5.text, { slug, limit: neo4j.int(2000) });
    if (!records.length) return { data: { neighborhood: null }, roundTrips: 1 };
    const rows = records[0].get('nodes') as Array<[string, string, string, string]>;
    const total = records[0].get('total') as number;
    const ids = new Map<string, string>();
    const nodes = rows.map(([element, kind, key, label]) => {
      const id = toGlobalId(kind as NodeType, key);
      ids.set(element, id);
      return { id, kind, label };
    });
    const edges = (records[0].get('edges') as Array<[string, string, string]>).map(([type, a, b]) => ({
      source: ids.get(a)!,
      target: ids.get(b)!,
      type,
    }));
    return { data: { neighborhood: { nodes, edges, truncated: total > nodes.length, omittedNodes: total - nodes.length } }, roundTrips: 1 };
  },
};

function send(res: ServerResponse, status: number, body: unknown, roundTrips = 0): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    'x-round-trips': String(roundTrips),
  });
  res.end(json);
}

/** GET /<scenario>?slug=<skill slug>, e.g. /s2?slug=applied-machine-learning-1. */
export function createRawDriverServer(driver: Driver, database: string): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler = handlers[url.pathname.slice(1)];
    const slug = url.searchParams.get('slug');
    if (!handler || !slug) return send(res, 404, { errors: [{ message: 'GET /s1..s5?slug=<skill>' }] });
    handler(driver, database, slug).then(
      ({ data, roundTrips }) => send(res, 200, { data }, roundTrips),
      (err: unknown) => send(res, 500, { errors: [{ message: (err as Error).message }] }),
    );
  });
}
