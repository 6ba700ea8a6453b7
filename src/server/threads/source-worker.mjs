// A worker thread's entry when the server runs from source (tsx, tests): compiles the TypeScript
// module named in workerData on the fly (thread-calls.ts workerEntry). The built server runs its
// workers from dist/server directly.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.sourceModule, import.meta.url);
