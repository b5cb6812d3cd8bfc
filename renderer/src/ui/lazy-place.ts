// A place's screen loaded when it is first opened (issue 12: the first screen's code under
// 150 KB gzip, the other places in chunks of their own). Once its chunk is in, the screen renders
// at once — no Suspense fallback on the second visit, nor after preloadPlaces() (the desk calls it
// when the first screen is up, so a click on a place does not wait for the network or the disk).
// A place's alerts shown on other places (its badge in the navigation, its banner on the start
// screen) are lazy parts: loaded with the same preload, showing nothing until their chunk is in —
// they wait for the main side's counts anyway — and taking their place's texts and styles along.

import { type ComponentType, createElement, type FunctionComponent, lazy, Suspense } from 'react';

export type LazyScreen = FunctionComponent & {
  /** Loads the chunk now; resolves when the screen can render without suspending. */
  preload(): Promise<unknown>;
};

function lazyComponent(load: () => Promise<ComponentType>): {
  Screen: FunctionComponent;
  preload(): Promise<unknown>;
} {
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
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component at module level, never in a render
  const Screen: FunctionComponent = () => createElement(loaded ?? Suspending);
  return { Screen, preload };
}

export function lazyPlace(load: () => Promise<ComponentType>): LazyScreen {
  const { Screen, preload } = lazyComponent(load);
  return Object.assign(Screen, { preload });
}

const parts: (() => Promise<unknown>)[] = [];

/** A part shown outside its place: nothing until its chunk is in, never the place's fallback. */
export function lazyPart(load: () => Promise<ComponentType>): FunctionComponent {
  const { Screen, preload } = lazyComponent(load);
  parts.push(preload);
  return () => createElement(Suspense, { fallback: null }, createElement(Screen));
}

/** Loads every lazy part (with the places, once the first screen is up). */
export function preloadParts(): Promise<unknown> {
  return Promise.all(parts.map((preload) => preload()));
}
