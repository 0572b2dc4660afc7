import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { createProcessGroups } from './process-groups.mjs'
import { devOrigin } from './run-dev.mjs'

/** A stand-in child: its group lives until `alive` loses it. */
class FakeChild extends EventEmitter {
  exitCode: number | null = null
  signalCode: NodeJS.Signals | null = null
  constructor(readonly pid: number) {
    super()
  }
  /** The leader exits on SIGTERM. */
  end(): void {
    this.signalCode = 'SIGTERM'
    this.emit('exit', null, 'SIGTERM')
  }
}

/** Stand-in processes; `kill` records each signal as process.kill would get it (a negative pid: a group). */
function fakeProcesses() {
  const signals: string[] = []
  const alive = new Set<number>()
  const children: FakeChild[] = []
  const spawn = () => {
    const child = new FakeChild(100 + children.length)
    alive.add(child.pid)
    children.push(child)
    return child
  }
  const kill = (pid: number, signal: NodeJS.Signals | 0) => {
    const group = -pid
    if (!alive.has(group)) throw Object.assign(new Error('kill ESRCH'), { code: 'ESRCH' })
    if (signal === 0) return
    signals.push(`${signal} ${group}`)
    if (signal === 'SIGKILL') alive.delete(group)
  }
  return { signals, alive, children, spawn, kill }
}

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the dev runner’s process groups', () => {
  it('on SIGTERM signals every group, waits for each to end, then exits with the code given', async () => {
    const fake = fakeProcesses()
    const exits: number[] = []
    const groups = createProcessGroups({ env: process.env, spawn: fake.spawn, kill: fake.kill, exit: (code) => exits.push(code), graceMs: 1000, pollMs: 5 })
    groups.start('content', [])
    groups.start('next', [])
    groups.stop(143)
    groups.stop(1)
    expect(fake.signals).toEqual(['SIGTERM 100', 'SIGTERM 101'])
    expect(groups.stopping).toBe(true)
    await settle()
    expect(exits).toEqual([])
    for (const child of fake.children) {
      fake.alive.delete(child.pid)
      child.end()
    }
    await settle()
    expect(exits).toEqual([143])
  })

  it('kills a group that outlives its leader past the grace period', async () => {
    const fake = fakeProcesses()
    const exits: number[] = []
    const groups = createProcessGroups({ env: process.env, spawn: fake.spawn, kill: fake.kill, exit: (code) => exits.push(code), graceMs: 40, pollMs: 5 })
    groups.start('next', [])
    groups.stop(130)
    // The leader exits; its server goes on running in the group.
    fake.children[0]?.end()
    await settle(20)
    expect(fake.signals).toEqual(['SIGTERM 100'])
    await settle(120)
    expect(fake.signals).toContain('SIGKILL 100')
    expect(exits).toEqual([130])
  })
})

describe('devOrigin', () => {
  it("is next dev's port from its arguments, else PORT, else 3000", () => {
    expect(devOrigin(['-p', '4000'], { PORT: '5000' })).toBe('http://localhost:4000')
    expect(devOrigin(['--port=4001'], {})).toBe('http://localhost:4001')
    expect(devOrigin([], { PORT: '5000' })).toBe('http://localhost:5000')
    expect(devOrigin(['--turbo'], {})).toBe('http://localhost:3000')
  })
})
