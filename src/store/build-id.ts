// Which build of conet is running: derived caches made by another build are never reused.
declare const __CONET_BUILD__: string;

/** Set by scripts/build.mjs (version + a hash of the sources); "dev" when running from src/. */
export const BUILD_ID = typeof __CONET_BUILD__ === 'string' ? __CONET_BUILD__ : 'dev';
