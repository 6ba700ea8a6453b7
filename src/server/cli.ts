import { runCli } from './cli/run-cli';
import { consoleOutput } from './cli/output';

// `npx signaalroute <command>`: operator tasks on the same database as the server.
runCli(process.argv.slice(2), process.env, consoleOutput).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
