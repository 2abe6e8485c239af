/** Runs the CLI from source in a child process, as the CLI tests do: exit status, stdout, and stderr without npm's warnings. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (the CLI runs there). */
export const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/** What one CLI run printed and how it ended. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `precedent <args>` from source (through tsx). */
export function runCli(...args: string[]): CliRun {
  const result = spawnSync('npx', ['tsx', 'electron/cli/index.ts', ...args], { cwd: repo, encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('npm warn'))
      .join('\n'),
  };
}
