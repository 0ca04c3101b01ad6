import { type ComponentType, lazy, useEffect, useState } from 'react';
import { i18n, type Namespace } from '../../i18n/i18n';

export interface LazyPage<Props extends object = object> {
  Page: ComponentType<Props>;
  /** Starts fetching the page's chunk and its texts (once): for the address the app opens on (AppRoutes.tsx). */
  preload(): Promise<{ default: ComponentType<Props> }>;
  /** The component once preload() has resolved. */
  loaded?: ComponentType<Props>;
}

/**
 * A page in a chunk of its own (React.lazy) whose feature texts are fetched together with the chunk: a
 * page's useTranslation(namespace) would otherwise ask for them only once the chunk has arrived and
 * rendered, one more round trip before the page shows (issue 13, Lighthouse on a slow 4G line).
 */
export function lazyPage<Props extends object = object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
  namespaces: Namespace[] = [],
): LazyPage<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const page: LazyPage<Props> = {
    Page: lazy(() => page.preload()),
    preload() {
      // i18next's loadNamespaces always resolves (a failed fetch leaves the texts to useTranslation's retry).
      loading ??= Promise.all([load(), namespaces.length > 0 ? i18n.loadNamespaces(namespaces) : undefined]).then(([module]) => {
        page.loaded = module.default;
        return module;
      });
      return loading;
    },
  };
  return page;
}

/**
 * The page's component once its chunk and texts are there, undefined until then (the caller shows a
 * placeholder): for the part of a page that may come after the rest, without a Suspense fallback, as
 * React holds back the content that follows a fallback by up to 300 ms. If the chunk cannot be fetched,
 * the lazy component is given back: rendering it throws that failure as React.lazy does.
 */
export function useLoadedPage<Props extends object>(page: LazyPage<Props>): ComponentType<Props> | undefined {
  const [component, setComponent] = useState<ComponentType<Props> | undefined>(() => page.loaded);
  useEffect(() => {
    if (component) return;
    let current = true;
    page.preload().then(
      (module) => current && setComponent(() => module.default),
      () => current && setComponent(() => page.Page),
    );
    return () => {
      current = false;
    };
  }, [page, component]);
  return component;
}
