import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-type-defs';

/**
 * Target (b): @neo4j/graphql 7 on Apollo Server 5 with the same Express 5 integration
 * skillgraph uses, so the comparison is of the GraphQL-to-Cypher layers.
 */
export async function createNeo4jGraphqlServer(driver: Driver, database: string): Promise<Server> {
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver }).getSchema();
  const apollo = new ApolloServer({ schema, includeStacktraceInErrorResponses: false });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }),
  );
  return createServer(app);
}
