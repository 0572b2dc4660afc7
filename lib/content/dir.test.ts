import { join } from 'node:path'
import { expect, test } from 'vitest'
import { contentDir, contentFolderInRepo } from './dir'

test('the content folder is content/ in the project unless PRESSROOM_CONTENT_DIR names another', () => {
  expect(contentDir('/site', {})).toBe(join('/site', 'content'))
  expect(contentDir('/site', { PRESSROOM_CONTENT_DIR: '  ' })).toBe(join('/site', 'content'))
  expect(contentDir('/site', { PRESSROOM_CONTENT_DIR: '/tmp/scratch' })).toBe('/tmp/scratch')
  expect(contentDir('/site', { PRESSROOM_CONTENT_DIR: 'bench/.dev/content' })).toBe('/site/bench/.dev/content')
})

test('the content folder as a path in the repository, when it is inside it', () => {
  expect(contentFolderInRepo('/site', {})).toBe('content')
  expect(contentFolderInRepo('/site', { PRESSROOM_CONTENT_DIR: 'test/site' })).toBe('test/site')
  expect(contentFolderInRepo('/site', { PRESSROOM_CONTENT_DIR: '/tmp/scratch' })).toBeUndefined()
})
