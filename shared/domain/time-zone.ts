// The office's default time zone on its own, with no date library behind it: the contract's
// defaults (shared/standard/office-defaults.ts) are bundled into the sandboxed preload, which
// can load no package (a require of date-fns there would stop the Electron window).

/** Zhambyl district, North Kazakhstan: UTC+5, as all of Kazakhstan since 1 March 2024. */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';
