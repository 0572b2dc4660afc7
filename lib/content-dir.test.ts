import { join } from 'node:path'
import { expect, test } from 'vitest'
import { contentDir } from './content-dir'

test('the content folder is content/ in the project unless PRESSROOM_CONTENT_DIR names another', () => {
  expect(contentDir('/site', {})).toBe(join('/site', 'content'))
  expect(contentDir('/site', { PRESSROOM_CONTENT_DIR: '  ' })).toBe(join('/site', 'content'))
  expect(contentDir('/site', { PRESSROOM_CONTENT_DIR: '/tmp/scratch' })).toBe('/tmp/scratch')
  expect(contentDir('/site', { PRESSROOM_CONTENT_DIR: 'bench/.dev/content' })).toBe('/site/bench/.dev/content')
})
