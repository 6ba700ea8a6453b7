import { consoleOutput } from '../cli/output';
import { checkContent } from './check-content';

// `npm run content:check [content-dir]`, usable without a build (tsx).
process.exitCode = await checkContent(process.argv[2], consoleOutput);
