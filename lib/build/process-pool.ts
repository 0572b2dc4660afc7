// Work that is the same for every post (drawing share images, rendering Markdown) spread over Node child
// processes, one per core: Node runs a script's JavaScript on one core. Each process talks over an IPC
// channel: it is sent one job per message and answers each with one message. Callers choose the order of
// the work and what a stopped process means; the pool starts the processes, keeps each fed and notices
// when one stops.
import { spawn, type ChildProcess, type Serializable } from 'node:child_process'

/** A Node process with an IPC channel: the file to run, its arguments and environment. */
export type PoolCommand = { file: string; args: string[]; env?: NodeJS.ProcessEnv }

export type PoolOptions<Job extends Serializable, Reply> = {
  command: PoolCommand
  processes: number
  /** Jobs one process holds at once: more than one, so that it never idles between messages. */
  perProcess: number
  /** The job for a process with room, or undefined when there is none now (asked again on the next feed). */
  next(): Job | undefined
  /** What identifies a job while a process holds it; its reply names the same key. */
  keyOf(job: Job): string
  /** The reply a message carries and the key of its job; undefined for any other message. */
  readReply(message: unknown): { key: string; reply: Reply } | undefined
  onReply(reply: Reply, key: string): void
  /** A process stopped (or could not start) holding these jobs, unanswered; it is out of the pool. */
  onLost(keys: string[], why: string): void
}

export type ProcessPool = {
  /** Hands every process with room the jobs `next` gives, until it gives none or all are full. */
  feed(): void
  /** Jobs sent and not yet answered. */
  readonly inFlight: number
  /** Processes still in the pool. */
  readonly running: number
  holds(key: string): boolean
  /** Whether the pool's processes keep this process alive: a caller that stopped waiting lets it exit. */
  keepAlive(on: boolean): void
  /** Disconnects every process (each exits when its channel closes); nothing is reported after. */
  close(): void
}

type Member = { child: ChildProcess; busy: Set<string> }

/** Starts `processes` copies of `command`; no job is sent before the first `feed()`. */
export function startProcessPool<Job extends Serializable, Reply>(options: PoolOptions<Job, Reply>): ProcessPool {
  const members = new Set<Member>()
  const pool: ProcessPool = {
    feed() {
      for (const member of members) {
        while (member.busy.size < options.perProcess) {
          const job = options.next()
          if (job === undefined) break
          member.busy.add(options.keyOf(job))
          member.child.send(job)
        }
      }
    },
    get inFlight() {
      return [...members].reduce((sum, member) => sum + member.busy.size, 0)
    },
    get running() {
      return members.size
    },
    holds: (key) => [...members].some((member) => member.busy.has(key)),
    keepAlive(on) {
      for (const { child } of members) {
        if (on) {
          child.ref()
          child.channel?.ref()
        } else {
          child.unref()
          child.channel?.unref()
        }
      }
    },
    close() {
      const all = [...members]
      members.clear()
      for (const { child } of all) if (child.connected) child.disconnect()
    },
  }

  for (let i = 0; i < options.processes; i++) {
    const child = spawn(options.command.file, options.command.args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: options.command.env ?? process.env })
    const member: Member = { child, busy: new Set() }
    members.add(member)
    child.on('message', (message: unknown) => {
      const read = options.readReply(message)
      if (read === undefined || !member.busy.delete(read.key)) return
      options.onReply(read.reply, read.key)
    })
    const lost = (why: string) => {
      if (!members.delete(member)) return
      const keys = [...member.busy]
      member.busy.clear()
      options.onLost(keys, why)
    }
    child.on('exit', (code, signal) => lost(signal ?? `exit ${code}`))
    child.on('error', (error) => lost(error.message))
  }
  return pool
}

/** The flag this script is started with as a member of its own pool (see `ownScript`). */
const CHILD_FLAG = '--pool-child'

/** This very script, started again as a pool member: execArgv carries the TypeScript loader it runs under. */
export function ownScript(): PoolCommand {
  return { file: process.execPath, args: [...process.execArgv, process.argv[1] ?? '', CHILD_FLAG] }
}

/** Whether this process was started by `ownScript()`, to answer jobs instead of handing them out. */
export function isPoolChild(): boolean {
  return process.argv.includes(CHILD_FLAG) && process.send !== undefined
}

type RunOptions<Job extends Serializable, Reply> = Pick<PoolOptions<Job, Reply>, 'command' | 'processes' | 'perProcess' | 'keyOf' | 'readReply'> & { what: string }

/**
 * Every job of `jobs`, done in the pool in order, each process given the next as it answers one; resolves
 * with the replies once all are in, rejects naming the first process that stopped before.
 */
export function runInProcesses<Job extends Serializable, Reply>(jobs: readonly Job[], options: RunOptions<Job, Reply>): Promise<Reply[]> {
  if (jobs.length === 0) return Promise.resolve([])
  return new Promise((resolve, reject) => {
    const replies: Reply[] = []
    let at = 0
    const pool = startProcessPool<Job, Reply>({
      ...options,
      next: () => (at < jobs.length ? jobs[at++] : undefined),
      onReply(reply) {
        replies.push(reply)
        if (replies.length < jobs.length) return pool.feed()
        pool.close()
        resolve(replies)
      },
      onLost(_keys, why) {
        pool.close()
        reject(new Error(`a ${options.what} process stopped (${why})`))
      },
    })
    pool.feed()
  })
}

/**
 * In a pool member: answers each job `isJob` accepts with `answer`'s reply, as they come (the pool bounds
 * how many); exits when the pool disconnects. A job that throws stops the process, its error printed,
 * which the pool reports as a stopped process.
 */
export function answerJobs<Job, Reply extends Serializable>(isJob: (value: unknown) => value is Job, answer: (job: Job) => Promise<Reply>): void {
  process.on('message', (message: unknown) => {
    if (!isJob(message)) return
    answer(message).then(
      (reply) => process.send?.(reply),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error))
        process.exit(1)
      },
    )
  })
  process.on('disconnect', () => process.exit(0))
}
