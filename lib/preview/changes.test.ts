import { describe, expect, it } from 'vitest'
import { buildChanges, changeCounts, isPreviewChanges } from './changes'
import { buildManifest } from './manifest'

const source = (url: string, title: string, html: string) => ({ url, slug: url.replaceAll('/', ''), title, date: '2020-01-01T00:00:00.000Z', tags: [], draft: false, html })

describe('buildChanges', () => {
  it('diffs the texts of changed posts only, reading them from the side they belong to', async () => {
    const base = buildManifest([source('/a/', 'A', '<p>old words here</p>'), source('/b/', 'B', '<p>same</p>')])
    const head = buildManifest([source('/a/', 'A', '<p>new words here</p>'), source('/b/', 'B', '<p>same</p>')])
    const asked: string[] = []
    const changes = await buildChanges({ kind: 'git', ref: 'origin/main', commit: 'abc' }, base.manifest, head.manifest, async (side, post) => {
      asked.push(`${side}:${post.url}`)
      const texts = side === 'base' ? base.texts : head.texts
      return texts.get(post.hash) ?? ''
    })
    expect(asked.sort()).toEqual(['base:/a/', 'head:/a/'])
    if (changes.status !== 'compared') throw new Error('expected a comparison')
    expect(changeCounts(changes)).toEqual({ added: 0, changed: 1, removed: 0 })
    expect(changes.changed[0]?.diff).toEqual([{ kind: 'changed', parts: [{ op: 'del', text: 'old' }, { op: 'ins', text: 'new' }, { op: 'same', text: 'words here' }] }])
    expect(isPreviewChanges(JSON.parse(JSON.stringify(changes)))).toBe(true)
  })
})

describe('isPreviewChanges', () => {
  it('accepts an unavailable note and refuses anything else', () => {
    expect(isPreviewChanges({ status: 'unavailable', reason: 'no base' })).toBe(true)
    expect(isPreviewChanges({ status: 'compared', added: [] })).toBe(false)
    expect(isPreviewChanges(null)).toBe(false)
  })
})
