// The worker of pglite-thread.ts when the server runs from source (tsx, tests): compiles the
// TypeScript worker on the fly. The built server runs dist/server/pglite-worker.js directly.
import { tsImport } from 'tsx/esm/api';

await tsImport('./pglite-worker.ts', import.meta.url);
