import {
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
 * trailing slash to bare origins; we store URLs as written, so serialise them as is
 * after the same validation.
 */
const URL = new GraphQLScalarType({
  ...URLResolver.toConfig(),
  serialize: (value) => {
    URLResolver.serialize(value);
    return String(value);
  },
});

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  URL,
  PositiveInt: PositiveIntResolver,
  NonNegativeInt: NonNegativeIntResolver,
  NonEmptyString: NonEmptyStringResolver,
  JSONObject: JSONObjectResolver,
};
