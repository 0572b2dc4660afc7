import { join } from 'node:path'

/**
 * A TypeScript script of the project run by this Node with tsx's loader, in one process (the `tsx` command
 * starts a second): for workers that talk over IPC or whose priority is set, and whose process id must be theirs.
 */
export function tsxCommand(root: string, script: string): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    file: process.execPath,
    args: ['--import', 'tsx', join(root, script)],
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'scripts', 'tsconfig.tsx.json') },
  }
}
