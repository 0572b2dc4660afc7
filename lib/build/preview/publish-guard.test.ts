import { describe, expect, it } from 'vitest'
import { environmentProblems, parsePrNumber, publishProblems } from './publish-guard.mjs'

const sha = 'a'.repeat(40)
const pull = { number: 7, state: 'open', head: { sha, repo: { full_name: 'someone/pressroom' } }, base: { repo: { full_name: 'team/pressroom' } } }
const facts = { pull, number: 7, builtSha: sha, builtRepository: 'someone/pressroom', repository: 'team/pressroom' }

describe('parsePrNumber', () => {
  it('reads digits and refuses anything else', () => {
    expect(parsePrNumber('42\n')).toBe(42)
    expect(() => parsePrNumber('42; rm -rf /')).toThrow(/not hold a pull request number/)
    expect(() => parsePrNumber('0')).toThrow()
  })
})

describe('publishProblems', () => {
  it('lets an open pull request at the built commit through, and says it is a fork’s', () => {
    expect(publishProblems(facts)).toEqual({ problems: [], fromFork: true })
    expect(publishProblems({ ...facts, builtRepository: 'team/pressroom', pull: { ...pull, head: { sha, repo: { full_name: 'team/pressroom' } } } }).fromFork).toBe(false)
  })

  it('refuses a closed pull request, so a late run cannot bring back a removed preview', () => {
    expect(publishProblems({ ...facts, pull: { ...pull, state: 'closed' } }).problems).toEqual([expect.stringMatching(/is closed, not open/)])
  })

  it('refuses when the head moved on after the build', () => {
    expect(publishProblems({ ...facts, pull: { ...pull, head: { ...pull.head, sha: 'b'.repeat(40) } } }).problems).toEqual([expect.stringMatching(/not at the built commit/)])
  })

  it('refuses a number naming another repository’s or another fork’s pull request', () => {
    expect(publishProblems({ ...facts, builtRepository: 'mallory/pressroom' }).problems).toEqual([expect.stringMatching(/comes from someone\/pressroom/)])
    expect(publishProblems({ ...facts, pull: { ...pull, base: { repo: { full_name: 'other/repo' } } } }).problems).toEqual([expect.stringMatching(/does not target/)])
  })
})

describe('environmentProblems', () => {
  it('passes an environment that requires a reviewer', () => {
    const environment = { name: 'fork-preview', protection_rules: [{ type: 'wait_timer' }, { type: 'required_reviewers', reviewers: [{ type: 'User', reviewer: { login: 'maintainer' } }] }] }
    expect(environmentProblems(environment, 'fork-preview')).toEqual([])
  })

  it('refuses a missing environment, or one GitHub created without reviewers', () => {
    expect(environmentProblems(undefined, 'fork-preview')).toEqual([expect.stringMatching(/no required reviewers/)])
    expect(environmentProblems({ name: 'fork-preview', protection_rules: [] }, 'fork-preview')).toHaveLength(1)
    expect(environmentProblems({ protection_rules: [{ type: 'required_reviewers', reviewers: [] }] }, 'fork-preview')).toHaveLength(1)
  })
})
