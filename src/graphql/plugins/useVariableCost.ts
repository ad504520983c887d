import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-armor's cost rule multiplies a connection's cost by its `first` only
// when `first` is written as a literal; `first: $n` and a schema default of 20
// count as 1, so a page size passed in a variable would slip past the limit.
// At execution the values are known: write them into a copy of the document and
// run the same rule again, with the same limit and message.

/** The document with every `first` as the literal it will have at execution (variable value or schema default). */
export function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Readonly<Record<string, unknown>>): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const intValue = (n: unknown): ValueNode | null => (typeof n === 'number' && Number.isInteger(n) ? { kind: Kind.INT, value: String(n) } : null);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        const firstArg = def?.args.find((a) => a.name === 'first');
        if (!firstArg) return undefined;
        const given = node.arguments?.find((a) => a.name.value === 'first');
        let value: ValueNode | null = null;
        if (!given) value = intValue(firstArg.defaultValue);
        else if (given.value.kind === Kind.VARIABLE) value = intValue(variables[given.value.name.value] ?? firstArg.defaultValue);
        if (!value) return undefined;
        const first: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value };
        return { ...node, arguments: [...(node.arguments ?? []).filter((a) => a.name.value !== 'first'), first] };
      },
    }),
  );
}

export function useVariableCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = withPageSizes(args.schema, args.document, args.variableValues ?? {});
      const errors = validate(args.schema, document, [costLimitRule({ maxCost, propagateOnRejection: true })]);
      if (errors.length > 0) {
        setResultAndStopExecution({
          errors: errors.map((e) => new GraphQLError(e.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'LIMIT_EXCEEDED' } })),
        });
      }
    },
  };
}
