import { describe, expect, it } from 'vitest'
import { renderDocument } from '../markdown/prerendered'
import { preparedPath } from './prepare'
import { sourceOfPrepared } from './prepared-name'

describe('sourceOfPrepared', () => {
  it('gives back the file each prepared name came from', () => {
    for (const file of ['posts/2020-01-01-a.md', 'posts/2020-01-01-a.markdown', 'posts/2020/2020-01-01-a.MD', 'posts/2020-01-01-a.html', 'drafts/b.md', 'drafts/b.mkd', 'posts/2020-01-01-v1.2.md']) {
      expect(sourceOfPrepared(preparedPath(file))).toBe(file)
    }
  })
})

describe('warnings from rendering a post', () => {
  it('name the file the author wrote, not its prepared twin', async () => {
    const warnings: string[] = []
    await renderDocument(preparedPath('posts/2020-01-01-x.markdown'), '---\ntitle: A post\n---\n\n<form>x</form>\n', {
      variables: {},
      siteUrl: 'https://blog.example.com',
      html: { embedOrigins: [], warn: (line) => warnings.push(line) },
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('warning: posts/2020-01-01-x.markdown: removed')
  })
})
