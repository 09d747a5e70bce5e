import express, { type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import { printMergedSchema } from '../graphql/print-schema';

/**
 * `GET /schema.graphql`: the merged SDL for codegen and IDEs, printed once. It tells no
 * more than introspection does, so it is served exactly when introspection is on
 * (INTROSPECTION; off in production by default).
 */
export function schemaRouter(schema: GraphQLSchema, introspection: boolean): Router {
  const router = express.Router();
  if (!introspection) return router;
  const sdl = printMergedSchema(schema);
  router.get('/schema.graphql', (_req, res) => {
    res.setHeader('content-type', 'application/graphql; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.send(sdl);
  });
  return router;
}
