import { resolve } from 'node:path';

/** The repository's root: the builds, the test pages and the demo live under it. */
export const ROOT = resolve(import.meta.dirname, '../..');
