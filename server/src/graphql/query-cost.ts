import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema, getNullableType, isListType, isObjectType, isScalarType } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * Cost analysis that counts list sizes (graphql-armor's costLimit does not: 15 aliases of
 * `catalogue(limit:100){ items { revision { lessons { body } } } }` built a 200 MB response).
 * Every field costs 1 plus what it contains; a field taking a page size (`limit`, `first`, `pageSize`)
 * costs its contents times that size, and a list without one times UNBOUNDED_LIST_SIZE, unless the
 * field declares its own cost with Nest's `complexity` option (@Field/@Query/@ResolveField).
 * The heaviest document the web app ships costs far less than MAX_QUERY_COST (query-cost.integration.test.ts).
 */
export const MAX_QUERY_COST = 50_000;

/** How many items a list with no page size is assumed to hold (modules of a path, lessons of a revision). */
export const UNBOUNDED_LIST_SIZE = 10;

/**
 * Long texts (Markdown bodies up to 200 KB): each costs this much instead of 1, so a page of lessons'
 * bodies weighs what it sends.
 */
export const LONG_TEXT_COST = 10;
const LONG_TEXT_FIELDS = new Set(['body']);

/** The error code of a refused operation (HTTP 400, before anything runs). */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

const SIZE_ARGUMENTS = ['limit', 'first', 'pageSize'] as const;

/** `{ items, totalCount }` page types: their `items` list is sized by the field that returned the page. */
function isPageType(type: unknown): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'items' in fields && 'totalCount' in fields;
}

function pageSize(args: Record<string, unknown>): number | undefined {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    // A size above the cap is refused by pageWindow anyway; count it as asked, so it cannot hide cost.
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, Math.ceil(value));
  }
  return undefined;
}

/** The default estimator: 1 + contents, times the page size or the assumed size of an unbounded list. */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const size = pageSize(args);
  if (size !== undefined) return 1 + size * childComplexity;
  const returned = getNullableType(field.type);
  if (LONG_TEXT_FIELDS.has(field.name) && isScalarType(returned)) return LONG_TEXT_COST;
  if (isListType(returned) && !(field.name === 'items' && isPageType(type))) {
    return 1 + UNBOUNDED_LIST_SIZE * childComplexity;
  }
  return 1 + childComplexity;
};

export const QUERY_COST_ESTIMATORS: ComplexityEstimator[] = [fieldExtensionsEstimator(), listSizeEstimator];

/**
 * The cost of one operation, or undefined when its variables do not fit their types (execution then
 * answers BAD_USER_INPUT as usual, before resolving anything).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: QUERY_COST_ESTIMATORS,
    });
  } catch (error) {
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
}

/** Refuses an operation costing more than `maxCost` with HTTP 400 and QUERY_TOO_COMPLEX `{ cost, max }`. */
export function queryCostPlugin(maxCost = MAX_QUERY_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = queryCost(schema, document, request.variables, operationName ?? undefined);
          if (cost === undefined || cost <= maxCost) return;
          throw new GraphQLError(`The operation costs ${cost}, more than the ${maxCost} allowed: ask for fewer items or fields.`, {
            extensions: { code: QUERY_TOO_COMPLEX, params: { cost, max: maxCost }, http: { status: 400 } },
          });
        },
      };
    },
  };
}
