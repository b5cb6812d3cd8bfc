import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadPlaces } from '../renderer/src/places.tsx';

// The places are chunks loaded when opened (renderer/src/ui/lazy-place.ts): loaded here first, a
// test's click on a place shows it at once, as it does in the desk once the first screen is up.
beforeAll(() => preloadPlaces());

afterEach(() => cleanup());
