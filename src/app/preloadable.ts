import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/**
 * A code-split screen that can be fetched ahead of time (while the token is exchanged, or once
 * the first screen shows). Once its chunk is in, it renders at once; only a screen whose chunk is
 * still on the way suspends. (React holds a suspended screen back for a moment before it reveals
 * it, which a launch should never wait on when the code is already there.)
 */
export function preloadable<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): { Component: (props: P) => ReactElement; preload: () => Promise<M> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<M> | undefined;
  const preload = (): Promise<M> => {
    pending ??= load().then(
      (module) => {
        loaded = pick(module);
        return module;
      },
      (err: unknown) => {
        pending = undefined; // a failed chunk can be tried again
        throw err;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((module) => ({ default: pick(module) })));
  function Component(props: P): ReactElement {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return { Component, preload };
}
