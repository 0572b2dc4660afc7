import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isPoolChild, ownScript, runInProcesses, startProcessPool } from './process-pool'

type Job = { n: number }
type Reply = { n: number; double: number; pid: number }
const stub = fileURLToPath(new URL('../../test/support/pool-child.ts', import.meta.url))
const command = (env: Record<string, string> = {}) => ({ file: process.execPath, args: ['--import', 'tsx', stub], env: { ...process.env, ...env } })
const isReply = (value: unknown): value is Reply => typeof value === 'object' && value !== null && 'n' in value && 'double' in value
const options = (env: Record<string, string> = {}) => ({
  command: command(env),
  processes: 2,
  perProcess: 3,
  keyOf: (job: Job) => String(job.n),
  readReply: (message: unknown) => (isReply(message) ? { key: String(message.n), reply: message } : undefined),
  what: 'doubling',
})
const jobs = Array.from({ length: 30 }, (_, n) => ({ n }))

describe('jobs run in a pool of processes', () => {
  it('answers every job once, shared between the processes', { timeout: 30_000 }, async () => {
    const replies = await runInProcesses(jobs, options())
    expect(replies.map((reply) => reply.double).sort((a, b) => a - b)).toEqual(jobs.map(({ n }) => 2 * n))
    expect(new Set(replies.map((reply) => reply.pid)).size).toBe(2)
  })

  it('fails naming the work when a process stops before its jobs are done', { timeout: 30_000 }, async () => {
    await expect(runInProcesses(jobs, options({ STUB_DIE: '7' }))).rejects.toThrow('a doubling process stopped (exit 3)')
  })

  it('starts nothing for no jobs', async () => {
    expect(await runInProcesses([], options())).toEqual([])
  })
})

describe('the pool underneath', () => {
  it('holds no more jobs per process than allowed, and gives a stopped process its jobs back', { timeout: 30_000 }, async () => {
    let at = 0
    const most: number[] = []
    const lost = await new Promise<string[]>((resolve) => {
      const pool = startProcessPool<Job, Reply>({
        ...options({ STUB_DIE: '4' }),
        processes: 1,
        next: () => (at < 10 ? { n: at++ } : undefined),
        onReply: () => {
          most.push(pool.inFlight)
          pool.feed()
        },
        onLost: (keys) => resolve(keys),
      })
      pool.feed()
      most.push(pool.inFlight)
      expect(pool.running).toBe(1)
    })
    expect(Math.max(...most)).toBeLessThanOrEqual(3)
    expect(lost).toContain('4')
  })

  it('knows the test runner is no pool member, and would start this script again as one', () => {
    expect(isPoolChild()).toBe(false)
    expect(ownScript().args.at(-1)).toBe('--pool-child')
  })
})
