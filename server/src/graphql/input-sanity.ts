import type { ApolloServerPlugin } from '@apollo/server';
import { CommonErrorReason } from '@living-lab/shared';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import { BadUserInputError } from '../common/errors/domain-error';

/** Longest list any variable or argument may hold; longer ones would exceed PostgreSQL's 65 535 parameters. */
export const MAX_LIST_ITEMS = 1000;
/** Largest magnitude of a Float (graphql-js already keeps Int within ±2^31-1); beyond it, numeric columns overflow. */
export const MAX_FLOAT_MAGNITUDE = 1e15;

/** What makes an input value unsafe, asked alike of the variables and of the arguments written inline. */
interface InputCheck {
  string?(value: string): boolean;
  number?(value: number): boolean;
  list?(length: number): boolean;
}

/** PostgreSQL refuses text with a NUL character (U+0000), in any column; no input may carry one. */
const HOLDS_NUL: InputCheck = { string: (value) => value.includes('\u0000') };

/** A list longer than MAX_LIST_ITEMS, or a number beyond ±MAX_FLOAT_MAGNITUDE or not finite. */
const OVERSIZED: InputCheck = {
  number: (value) => !Number.isFinite(value) || Math.abs(value) > MAX_FLOAT_MAGNITUDE,
  list: (length) => length > MAX_LIST_ITEMS,
};

/** The path of the first value in the variables that `check` refuses. */
function refusedVariable(value: unknown, check: InputCheck, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return check.string?.(value) ? path : undefined;
  if (typeof value === 'number') return check.number?.(value) ? path : undefined;
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value) && check.list?.(value.length)) return path;
  for (const [key, inner] of Object.entries(value)) {
    const found = refusedVariable(inner, check, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The name of the first argument written in the document whose value holds one that `check` refuses. */
function refusedArgument(document: DocumentNode, check: InputCheck): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      if (found) return;
      const refuse = (refused: boolean | undefined) => {
        if (refused) found = node.name.value;
      };
      visit(node.value, {
        StringValue: (value) => refuse(check.string?.(value.value)),
        FloatValue: (value) => refuse(check.number?.(Number(value.value))),
        ListValue: (value) => refuse(check.list?.(value.values.length)),
      });
    },
  });
  return found;
}

/**
 * Refuses, before anything runs, an operation whose variables or inline arguments hold a NUL
 * character, a list longer than MAX_LIST_ITEMS or a number beyond ±MAX_FLOAT_MAGNITUDE (or not
 * finite): BAD_USER_INPUT (HTTP 400) naming the field, instead of a PostgreSQL error (22021, 22003,
 * too many parameters) deep in a resolver becoming INTERNAL_SERVER_ERROR. One check for every
 * operation, present and future.
 */
export function inputSanityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          const field =
            refusedVariable(variables, HOLDS_NUL) ??
            refusedArgument(document, HOLDS_NUL) ??
            refusedVariable(variables, OVERSIZED) ??
            refusedArgument(document, OVERSIZED);
          if (!field) return;
          const refusal = new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field, message: 'field.invalid' }] });
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400 } } });
        },
      };
    },
  };
}
