import { describe, expect, it } from 'vitest'
import { prerenderProcesses } from './markdown-workers'

describe('how many processes pre-render the Markdown', () => {
  it('uses every core once each has enough posts to pay for starting it', () => {
    expect(prerenderProcesses(10_000, 2, {})).toBe(2)
    expect(prerenderProcesses(250, 8, {})).toBe(2)
  })

  it('leaves a small site, or a one-core machine, to Contentlayer', () => {
    expect(prerenderProcesses(150, 2, {})).toBe(0)
    expect(prerenderProcesses(10_000, 1, {})).toBe(0)
  })

  it('takes the count PRESSROOM_PRERENDER_PROCESSES sets, 0 for none, and refuses what is not a count', () => {
    expect(prerenderProcesses(5, 2, { PRESSROOM_PRERENDER_PROCESSES: '2' })).toBe(2)
    expect(prerenderProcesses(10_000, 2, { PRESSROOM_PRERENDER_PROCESSES: '0' })).toBe(0)
    expect(() => prerenderProcesses(10, 2, { PRESSROOM_PRERENDER_PROCESSES: 'many' })).toThrow(/PRESSROOM_PRERENDER_PROCESSES.*Fix/)
  })
})
