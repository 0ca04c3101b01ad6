import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { formatGraphqlError } from '../common/errors/graphql-error-formatter';
import type { AppConfig } from '../config/app-config';
import type { GraphqlContext } from './graphql-context';
import { inputSanityPlugin } from './input-sanity';
import { queryCostPlugin } from './query-cost';
import { RequestLoaders } from './request-loaders';

const logger = new Logger('GraphQL');

/** Tokens in one operation; more is refused as a syntax error (400) before anything else runs. */
export const MAX_TOKENS = 2000;

/**
 * Apollo settings: code-first schema (sorted, so schema.gql diffs stay stable), graphql-armor limits
 * against abusive queries (depth, cost, aliases, tokens), per-request DataLoaders, and one error formatter.
 */
export function graphqlOptions(config: AppConfig, moduleRef: ModuleRef): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Fragments count by the fields they add, not as levels of their own.
    maxDepth: { n: 10, flattenFragments: true },
    costLimit: { maxCost: 5000, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's token plugin parses
    // in a plugin hook, where any syntax error becomes an HTTP 500 instead of a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.nodeEnv !== 'production',
    // Cost counted with list sizes (query-cost.ts) beside armor's, which counts each field once.
    // Apollo's cache-control plugin (on unless disabled) hooks every field's resolver to compute cache
    // hints nothing here sets; without a per-field hook Apollo leaves the resolvers unwrapped.
    plugins: [...armor.plugins, queryCostPlugin(), inputSanityPlugin(), ApolloServerPluginCacheControlDisabled()],
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, (unexpected) =>
        logger.error(unexpected instanceof Error ? unexpected.stack : String(unexpected)),
      ),
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({ req, res, loaders: new RequestLoaders(moduleRef) }),
  };
}
