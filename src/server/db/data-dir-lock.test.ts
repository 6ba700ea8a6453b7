import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir, startTimeOf } from './data-dir-lock';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sr-lock-'));
const pidFile = (d: string) => path.join(d, 'signaalroute.pid');
// A process that certainly runs and is not this one: the one that started this test worker.
const other = process.ppid;

describe('the data folder lock', () => {
  it('refuses a second process while the first runs', () => {
    const d = dir();
    fs.writeFileSync(pidFile(d), [other, startTimeOf(other)].filter(Boolean).join(' '));
    expect(() => lockDataDir(d)).toThrow(`is in gebruik door proces ${other}`);
  });

  it.runIf(process.platform === 'linux')('starts after a kill -9 whose pid now belongs to another process', () => {
    const d = dir();
    // The file a killed server left behind: a pid that lives again, but a process that started at another moment.
    fs.writeFileSync(pidFile(d), `${other} 1`);
    const unlock = lockDataDir(d);
    expect(fs.readFileSync(pidFile(d), 'utf8')).toBe(`${process.pid} ${startTimeOf(process.pid)}`);
    unlock();
    expect(fs.existsSync(pidFile(d))).toBe(false);
  });

  it('starts after a kill -9 whose pid is gone, and reads the older file that held only a pid', () => {
    const d = dir();
    fs.writeFileSync(pidFile(d), '2147483646');
    lockDataDir(d)();
    fs.writeFileSync(pidFile(d), String(other));
    expect(() => lockDataDir(d)).toThrow(/in gebruik/);
  });
});
