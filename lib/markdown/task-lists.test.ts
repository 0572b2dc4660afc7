import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { attribute, elements } from '../../test/support/html'
import { renderMarkdown } from './pipeline'
import { rehypeTaskLists } from './task-lists'

const render = (markdown: string) => renderMarkdown(`---\ntitle: Tasks\n---\n\n${markdown}`, { variables: { baseurl: '', url: 'https://example.com', title: 'Example' }, siteUrl: 'https://example.com' })

describe('rehypeTaskLists', () => {
  it('names each task checkbox with its item’s own text, leaving nested lists out', async () => {
    const html = await render('- [ ] write *tests*\n- [x] read the issue\n  - [ ] twice\n')
    expect(elements(html, 'input').map((box) => attribute(box, 'ariaLabel'))).toEqual(['write tests', 'read the issue', 'twice'])
  })

  it('leaves other list items and an existing label alone', () => {
    const tree = fromHtml('<ul><li>plain</li><li><input type="checkbox" aria-label="kept"> text</li></ul>', { fragment: true })
    rehypeTaskLists()(tree)
    const html = toHtml(tree)
    expect(elements(html, 'li').map((li) => li.children.length)).toEqual([1, 2])
    expect(elements(html, 'input').map((box) => attribute(box, 'ariaLabel'))).toEqual(['kept'])
  })
})
