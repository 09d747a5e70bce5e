import {
  DateResolver,
  DateTimeResolver,
  JSONObjectResolver,
  NonEmptyStringResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

/**
 * graphql-scalars' URL scalar serialises to a URL object's string form, which adds a
 * trailing slash to bare origins, and parses inputs into URL objects; we store URLs as
 * written, so both directions keep the string after the same validation.
 */
const URL = new GraphQLScalarType({
  ...URLResolver.toConfig(),
  serialize: (value) => {
    URLResolver.serialize(value);
    return String(value);
  },
  parseValue: (value) => {
    URLResolver.parseValue(value);
    return String(value);
  },
  parseLiteral: (ast, variables) => {
    URLResolver.parseLiteral(ast, variables);
    return (ast as { value: string }).value;
  },
});

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
  URL,
  PositiveInt: PositiveIntResolver,
  NonNegativeInt: NonNegativeIntResolver,
  NonEmptyString: NonEmptyStringResolver,
  JSONObject: JSONObjectResolver,
};
