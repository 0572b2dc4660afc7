import { describe, expect, it } from 'vitest'
import { fieldLine, problemReporter } from './problem-report'

describe('fieldLine', () => {
  it('finds a front-matter key, counting the opening --- as line 1, and nothing in the body', () => {
    const text = '---\ntitle: A\ntittle: B\n---\n\ntittle: not front matter\n'
    expect(fieldLine(text, 'tittle')).toBe(3)
    expect(fieldLine(text, 'date')).toBeUndefined()
    expect(fieldLine('no front matter', 'title')).toBeUndefined()
  })
})

describe('problemReporter', () => {
  it('prints a problem once while it stands, again if it comes back, and once when all are fixed', () => {
    const printed: string[] = []
    const report = problemReporter((line) => printed.push(line))
    const problem = { file: 'posts/a.md', line: 3, field: 'tittle', problem: 'not a key', fix: 'remove it' }
    report([problem])
    report([problem])
    report([problem])
    report([])
    report([])
    report([problem])
    expect(printed).toEqual(['✗ posts/a.md:3: field "tittle": not a key. Fix: remove it', '✓ Content: no errors left', '✗ posts/a.md:3: field "tittle": not a key. Fix: remove it'])
  })
})
