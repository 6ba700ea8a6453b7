import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Files whose change means the build in dist/ is out of date. */
const INPUTS = ['src', 'package-lock.json', 'vite.config.ts', 'tsconfig.json'];

export const ROOT = path.resolve(import.meta.dirname, '..');
export const STAMP = path.join(ROOT, 'dist', '.build-hash');

function* files(p) {
  if (!fs.existsSync(p)) return;
  if (fs.statSync(p).isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) yield* files(path.join(p, name));
  } else if (!/\.test\.tsx?$/.test(p)) {
    yield p;
  }
}

/** A hash over every build input, so `npm start` rebuilds exactly when something changed. */
export function inputHash() {
  const hash = crypto.createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(path.join(ROOT, input))) {
      hash.update(path.relative(ROOT, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent() {
  return fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === inputHash();
}
