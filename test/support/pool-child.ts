// A stand-in pool member for lib/build/process-pool.test.ts: answers each number with its double and its
// process id, and dies on cue (STUB_DIE names the number it exits on).
import { answerJobs } from '../../lib/build/process-pool'

const isJob = (value: unknown): value is { n: number } => typeof value === 'object' && value !== null && 'n' in value && typeof value.n === 'number'
answerJobs(isJob, async ({ n }) => {
  if (String(n) === process.env.STUB_DIE) process.exit(3)
  await new Promise((resolve) => setTimeout(resolve, 5))
  return { n, double: 2 * n, pid: process.pid }
})
