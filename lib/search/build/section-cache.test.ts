import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { openSectionCache } from './section-cache'
import { htmlToSections, type Section } from './sections'

const dir = mkdtempSync(join(tmpdir(), 'section-cache-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('a later build splits only HTML it has not split before, under the same code version', () => {
  const file = join(dir, 'search-sections.json')
  const split: string[] = []
  const counting = (html: string): Section[] => {
    split.push(html)
    return htmlToSections(html)
  }
  const first = openSectionCache(file, 'v1', counting)
  const sections = first.of('<p>Intro</p><h2 id="a">A</h2><p>Body</p>')
  first.of('<p>Removed since</p>')
  first.save()
  expect(split).toHaveLength(2)

  const second = openSectionCache(file, 'v1', counting)
  expect(second.of('<p>Intro</p><h2 id="a">A</h2><p>Body</p>')).toEqual(sections)
  expect(second.hits()).toBe(1)
  second.of('<p>New</p>')
  second.save()
  expect(split).toEqual(['<p>Intro</p><h2 id="a">A</h2><p>Body</p>', '<p>Removed since</p>', '<p>New</p>'])

  const third = openSectionCache(file, 'v1', counting)
  third.of('<p>Removed since</p>')
  expect(third.hits()).toBe(0)
  const otherCode = openSectionCache(file, 'v2', counting)
  otherCode.of('<p>New</p>')
  expect(otherCode.hits()).toBe(0)
})
