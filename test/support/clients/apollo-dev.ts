/**
 * Import before @apollo/client: its CommonJS build (what jest loads) decides once, at
 * load, whether it is in development from `globalThis.__DEV__`, and only then prints
 * its cache warnings (e.g. "Cache data may be lost ..."). Tests want to see them.
 */
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
export {};
