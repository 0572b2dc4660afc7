import { describe, expect, it } from 'vitest'
import { editUrl } from './edit-link'

describe('editUrl', () => {
  it("opens GitHub's editor on the file", () => {
    expect(editUrl('https://github.com/acme/blog', 'main', 'content/posts/2016-06-20-a b.md')).toBe('https://github.com/acme/blog/edit/main/content/posts/2016-06-20-a%20b.md')
  })

  it('uses the web IDE on GitLab and the file view elsewhere', () => {
    expect(editUrl('https://gitlab.com/acme/blog/', 'trunk', 'content/posts/a.md')).toBe('https://gitlab.com/acme/blog/-/edit/trunk/content/posts/a.md')
    expect(editUrl('https://git.example.com/acme/blog', 'main', 'content/posts/a.md')).toBe('https://git.example.com/acme/blog/blob/main/content/posts/a.md')
  })

  it('gives no link when the repository is unknown', () => {
    expect(editUrl(undefined, 'main', 'content/posts/a.md')).toBeUndefined()
  })
})
