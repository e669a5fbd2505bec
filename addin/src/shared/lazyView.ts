import { type ComponentType, lazy } from 'react';

/**
 * A view that loads when first opened, and can be fetched ahead once the first view is up: a pane that
 * has been open a while must still switch views when the network or the host has gone away since.
 * A failed load is forgotten, so Retry fetches it again.
 */
export function lazyView<P extends object>(importer: () => Promise<{ default: ComponentType<P> }>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const load = () =>
    (loading ??= importer().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return { load, create: () => lazy(load) };
}
