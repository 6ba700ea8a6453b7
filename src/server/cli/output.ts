/** Where a CLI command writes; tests pass a collector instead of the console. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export const consoleOutput: CliOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};
