import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from './schema';

/**
 * The whole API as one SDL document: every `extend type` of schema/*.graphql merged into
 * its type (fields in the order written), descriptions kept. Tools that read SDL files one by one
 * in name order (Relay's compiler, some IDE plugins) trip over an `extend` that comes
 * before its type; this document has none.
 */
export function printMergedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(schema)}\n`;
}
