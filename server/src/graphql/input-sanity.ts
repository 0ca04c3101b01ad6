import type { ApolloServerPlugin } from '@apollo/server';
import { CommonErrorReason } from '@living-lab/shared';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import { BadUserInputError } from '../common/errors/domain-error';

/** PostgreSQL refuses text with a NUL character (U+0000), in any column; no input may carry one. */
function nulPath(value: unknown, path: string, seen = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (seen > 64 || value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, path ? `${path}.${key}` : key, seen + 1);
    if (found) return found;
  }
  return undefined;
}

/** Longest list any variable or argument may hold; longer ones would exceed PostgreSQL's 65 535 parameters. */
export const MAX_LIST_ITEMS = 1000;
/** Largest magnitude of a Float (graphql-js already keeps Int within ±2^31-1); beyond it, numeric columns overflow. */
export const MAX_FLOAT_MAGNITUDE = 1e15;

const numberOutOfRange = (value: number) => !Number.isFinite(value) || Math.abs(value) > MAX_FLOAT_MAGNITUDE;

/** The path of the first list longer than MAX_LIST_ITEMS, or number out of range, in the variables. */
function oversizedPath(value: unknown, path: string, seen = 0): string | undefined {
  if (typeof value === 'number') return numberOutOfRange(value) ? path : undefined;
  if (seen > 64 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value) && value.length > MAX_LIST_ITEMS) return path;
  for (const [key, inner] of Object.entries(value)) {
    const found = oversizedPath(inner, path ? `${path}.${key}` : key, seen + 1);
    if (found) return found;
  }
  return undefined;
}

function oversizedInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      if (found) return;
      visit(node.value, {
        ListValue(value) {
          if (value.values.length > MAX_LIST_ITEMS) found = node.name.value;
        },
        FloatValue(value) {
          if (numberOutOfRange(Number(value.value))) found = node.name.value;
        },
      });
    },
  });
  return found;
}

function nulInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      if (found) return;
      visit(node.value, {
        StringValue(value) {
          if (value.value.includes('\u0000')) found = node.name.value;
        },
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
          const field = nulPath(variables, '') ?? nulInDocument(document) ?? oversizedPath(variables, '') ?? oversizedInDocument(document);
          if (!field) return;
          const refusal = new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field, message: 'field.invalid' }] });
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400 } } });
        },
      };
    },
  };
}
