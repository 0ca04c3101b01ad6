import type { Type } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';

/**
 * A feature's DataLoaders, created afresh for every request. Each feature declares one injectable
 * class implementing this (e.g. `content/content.loaders.ts`) next to the data it owns, so nested
 * fields batch into one query per kind instead of one per parent, and nothing is cached across users.
 */
export interface LoaderFactory<Loaders> {
  create(): Loaders;
}

/**
 * The loaders of one request, gathered lazily from the features that own them:
 * `context.loaders.of(ContentLoaders).itemById.load(id)`. This folder names no feature: the factory
 * class is resolved from the application's container.
 */
export class RequestLoaders {
  private readonly created = new Map<Type<LoaderFactory<unknown>>, unknown>();

  constructor(private readonly moduleRef: ModuleRef) {}

  of<Loaders>(factory: Type<LoaderFactory<Loaders>>): Loaders {
    let loaders = this.created.get(factory) as Loaders | undefined;
    if (!loaders) {
      loaders = this.moduleRef.get(factory, { strict: false }).create();
      this.created.set(factory, loaders);
    }
    return loaders;
  }
}
