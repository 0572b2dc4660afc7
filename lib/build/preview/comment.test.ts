import { describe, expect, it } from 'vitest'
import { COMMENT_MARKER, commentBody } from './comment.mjs'

const sha = 'c'.repeat(40)
const previewUrl = 'https://team.github.io/pressroom/pr-preview/pr-7'
const post = (url: string, title: string) => ({ url, title })

describe('commentBody', () => {
  it('lists the added, changed and removed posts with direct links to the preview', () => {
    const body = commentBody({
      previewUrl,
      sha,
      changes: { status: 'compared', added: [post('/2026/new/', 'New post')], changed: [{ after: post('/2016/old/', 'Old post') }], removed: [{ post: post('/2015/gone/', 'Gone') }] },
    })
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain('**1 added, 1 changed, 1 removed** · [Changes in this preview](https://team.github.io/pressroom/pr-preview/pr-7/changes/)')
    expect(body).toContain('- [New post](https://team.github.io/pressroom/pr-preview/pr-7/2026/new/)')
    expect(body).toContain('- [Old post](https://team.github.io/pressroom/pr-preview/pr-7/2016/old/#changes)')
    expect(body).toContain('- Gone (was `/2015/gone/`)')
    expect(body).toContain(`Built from ${sha}.`)
  })

  it('escapes titles and drops URLs that are not site paths, since a fork wrote them', () => {
    const body = commentBody({ previewUrl, sha, changes: { status: 'compared', added: [post('javascript:alert(1)//', '[click](https://evil.example) @team <img>')], changed: [], removed: [] } })
    expect(body).toContain('- \\[click\\]\\(https://evil.example\\) @\u200bteam \\<img\\>')
    expect(body).not.toContain('](javascript:')
  })

  it('lists at most 30 posts a section and points at the changes page for the rest', () => {
    const added = Array.from({ length: 45 }, (_, i) => post(`/p${i}/`, 'x'.repeat(500)))
    const body = commentBody({ previewUrl, sha, changes: { status: 'compared', added, changed: [], removed: [] } })
    expect(body.match(/^- \[/gm)).toHaveLength(30)
    expect(body).toContain('- … and 15 more on the changes page')
    expect(body.length).toBeLessThan(65_536)
  })

  it('says why when the build could not compare', () => {
    expect(commentBody({ previewUrl, sha, changes: { status: 'unavailable', reason: 'no SITE_URL' } })).toContain('Changed posts unknown: no SITE\\_URL.')
    expect(commentBody({ previewUrl, sha: 'nope', changes: undefined })).toContain('Changed posts unknown: the build did not report them.')
  })
})
