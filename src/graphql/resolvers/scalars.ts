import { GraphQLScalarType, Kind } from 'graphql';
import { isLabel, labelOfId } from '../../graph/model.js';
import type { NodeResolvers, SearchNodeResolvers } from '../generated/resolvers.js';
import type { NodeProps } from '../../store/GraphStore.js';
import { badInput } from '../errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Dates travel as ISO strings: the adapters already convert them (Neo4j temporal values included). */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => (typeof v === 'string' ? v.slice(0, 10) : v instanceof Date ? v.toISOString().slice(0, 10) : null),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

/** Node and SearchNode: the label the query gave (__typename), else the one the id scheme implies. */
const resolveType = (n: NodeProps) => (isLabel(n.__typename) ? n.__typename : labelOfId(n.id));
export const Node: NodeResolvers = { __resolveType: resolveType };
export const SearchNode: SearchNodeResolvers = { __resolveType: resolveType };
