// A place's screen loaded when it is first opened (issue 12: the first screen's code under
// 150 KB gzip, the other places in chunks of their own). Once its chunk is in, the screen renders
// at once — no Suspense fallback on the second visit, nor after preloadPlaces() (the desk calls it
// when the first screen is up, so a click on a place does not wait for the network or the disk).

import { type ComponentType, createElement, type FunctionComponent, lazy } from 'react';

export type LazyScreen = FunctionComponent & {
  /** Loads the chunk now; resolves when the screen can render without suspending. */
  preload(): Promise<unknown>;
};

export function lazyPlace(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => {
    loading ??= load().then((screen) => {
      loaded = screen;
      return screen;
    });
    return loading;
  };
  const Suspending = lazy(() => preload().then((screen) => ({ default: screen })));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per place at module level (places.tsx), never in a render
  const Screen: FunctionComponent = () => createElement(loaded ?? Suspending);
  return Object.assign(Screen, { preload });
}
