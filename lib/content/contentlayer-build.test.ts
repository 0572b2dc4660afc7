import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { runContentStep } from '../build/content-step'

/**
 * The real content build (Contentlayer's, as `npm run content` runs it) against the project's own config, one bad post at a time:
 * each must stop the build with a message that names the file and the field, never be skipped.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SEED = '2016-06-20-container-days-in-boston.md'
const BAD = join(ROOT, 'test/fixtures/bad-posts')
const LINKED = ['contentlayer.config.ts', 'lib', 'package.json', 'tsconfig.json', 'node_modules']
// Each build is a fresh Node process (~3 s of CPU); they run side by side, and other jobs may share the cores.
const BUILD_TIMEOUT = 120_000

type Build = { code: number; output: string; dir: string }

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Builds a throwaway project whose content is the seed post plus `extra`, with everything else linked. */
async function buildWith(extra: string[]): Promise<Build> {
  const dir = await mkdtemp(join(tmpdir(), 'pressroom-content-'))
  dirs.push(dir)
  await mkdir(join(dir, 'content/posts'), { recursive: true })
  await copyFile(join(ROOT, 'test/site/posts', SEED), join(dir, 'content/posts', SEED))
  for (const name of extra) await copyFile(join(BAD, name), join(dir, 'content/posts', name))
  for (const name of LINKED) await symlink(join(ROOT, name), join(dir, name))
  // The content step as `npm run content` runs it (the prepare step names the file too), with the test
  // builds' features on (math, diagrams), as `npm test` builds the site.
  const built = await runContentStep(dir, { output: 'pipe', env: { FORCE_COLOR: '0', PRESSROOM_SITE_OVERLAY: join(ROOT, 'test/site-features.json') } })
  return { ...built, dir }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const FAILURES = [
  { fixture: '2020-01-02-unparseable-date.md', field: 'date', says: '"next tuesday" is not a date' },
  { fixture: '2020-01-03-tags-mapping.md', field: 'tags', says: 'expected a list of text, found a mapping' },
  { fixture: '2020-01-04-title-list.md', field: 'title', says: 'incompatible fields' },
  // A post without a title is titled from its file name, as in Jekyll; the misspelt key itself fails.
  { fixture: '2020-01-05-misspelt-key.md', field: 'tittle', says: 'extra fields' },
  { fixture: '2020-01-06-author-number.md', field: 'author', says: 'found number 42' },
  { fixture: '2020-01-07-missing-post-url.md', field: 'body', says: 'there is no post "2015-01-01-nowhere" (line 7)' },
  { fixture: '2020-01-08-misspelt-tags.md', field: 'tgas', says: 'extra fields' },
  // Rendered with the system Chromium, as on any machine that has one (the overlay switches site.diagrams on).
  { fixture: '2020-01-09-broken-diagram.md', field: 'body', says: 'the Mermaid diagram "flowchart LR" does not parse: Parse error on line' },
]

describe('contentlayer2 build', () => {
  test.concurrent.for(FAILURES)('fails on $fixture, naming the file and the field $field', { timeout: BUILD_TIMEOUT }, async ({ fixture, field, says }, { expect }) => {
    const { code, output } = await buildWith([fixture])
    expect(code, output).not.toBe(0)
    expect(output).toContain(`posts/${fixture}`)
    expect(output).toContain(says)
    // Our own checks name the field as `file: field "x"`; Contentlayer's list it as `• x:` under the file.
    expect(output).toMatch(new RegExp(`${escapeRegExp(`posts/${fixture}`)}: field "${field}"|• ${field}:`))
    expect(output).not.toContain('Generated')
  })

  test.concurrent('succeeds on the good seed post and generates it', { timeout: BUILD_TIMEOUT }, async ({ expect }) => {
    const { code, output, dir } = await buildWith([])
    expect(code, output).toBe(0)
    expect(output).toContain('Generated 1 documents')
    const generated: unknown = JSON.parse(await readFile(join(dir, '.contentlayer/generated/Post/_index.json'), 'utf8'))
    expect(generated).toEqual([
      expect.objectContaining({
        title: 'Container Days in Boston',
        postSlug: 'container-days-in-boston',
        publishedAt: '2016-06-20T07:00:00.000Z',
        url: '/2016/06/20/container-days-in-boston/',
        tagList: ['devops', 'docker', 'aws', 'kubernetes'],
        authorList: ['Dale Ragan'],
      }),
    ])
  })
})

test('every bad fixture is exercised', async () => {
  expect((await readdir(BAD)).sort()).toEqual(FAILURES.map((f) => f.fixture).sort())
})
