import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildIsCurrent } from './build-inputs.mjs';

// `npm start`: build when the sources changed since the last build, then run the server.
//
// npm passes SIGINT and SIGTERM on to the shell that runs the script, and a shell does not pass
// them on to its command: killed, it leaves the server running; sent SIGINT, it waits for a server
// that never heard it. So the scripts in package.json `exec` this file, making it npm's own child.
// And when npm itself is gone (kill -9), nothing could reach us through it any more: stop then too.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, 500).unref();
}
if (!buildIsCurrent()) {
  const { buildAll } = await import('./build.mjs');
  await buildAll();
}
await import(pathToFileURL(path.join(ROOT, 'dist/server/main.js')).href);
