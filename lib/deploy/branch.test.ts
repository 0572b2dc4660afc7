import { execFileSync } from 'node:child_process'
import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { branchNameProblem, parseBranch } from './values.mjs'

/** Git itself is the oracle: `git check-ref-format --branch` exits 0 for a name it accepts. */
function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const NAMES = [
  'main', 'fix(ci)', "o'brien-fix", 'feature/über', 'feat<b>&"x\'', 'a#b+c', '@x', 'release/2026.12', 'emoji-🚀',
  'a..b', '-x', 'a/.b', 'a.lock', 'a@{b', 'a b', 'x/', 'x.', 'a//b', '.a', 'a/b.lock/c', 'tab\tname', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b',
]

describe('branch names', () => {
  it.each(NAMES)('agrees with git check-ref-format --branch on %j', (name) => {
    expect(branchNameProblem(name) === undefined).toBe(gitAccepts(name))
  })

  it('refuses "@" alone, which Git reads as HEAD rather than as a name', () => {
    expect(branchNameProblem('@')).toMatch(/"@"/)
  })

  it('accepts the names earlier builds refused, unchanged', () => {
    for (const name of ['fix(ci)', "o'brien-fix", 'feature/über']) expect(parseBranch(name, 'BRANCH')).toBe(name)
  })

  it('names the variable and the reason when Git would refuse the name', () => {
    expect(() => parseBranch('a..b', 'CF_PAGES_BRANCH')).toThrow(/CF_PAGES_BRANCH "a\.\.b" is not a branch name Git accepts: it holds "\.\."/)
  })

  it('is shown as text on the banner: quotes and angle brackets escaped', () => {
    const name = parseBranch('feat<b>&"x\'', 'BRANCH')
    const html = renderToStaticMarkup(createElement('span', null, name))
    expect(html).toBe('<span>feat&lt;b&gt;&amp;&quot;x&#x27;</span>')
  })
})
