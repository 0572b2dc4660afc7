// @ts-check
/**
 * The repository the end-to-end suite's preview build is compared with: a temporary git repository whose
 * base commit is "production" and whose head commit holds this checkout's posts. Against the base, the head
 *   - adds a post (the draft "Writing for this blog", which the base lacks),
 *   - edits another's text and title and moves its URL ("Container Days in Boston"),
 *   - removes a third ("Notes from an old meetup", which only the base has).
 * The base version of the edited post is made from the real file, so the fixture follows it.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TEST_SITE } from './env.mjs'

export const EDITED_POST = `${TEST_SITE}/posts/2016-06-20-container-days-in-boston.md`
export const PAYLOAD_POST = `${TEST_SITE}/posts/2010-01-01-html-payloads.md`
/** The posts that show the blog's features (series, math, diagrams, comments): on both sides, unchanged. */
export const DEMO_POSTS = [`${TEST_SITE}/posts/2025-03-10-what-this-blog-can-do.md`, `${TEST_SITE}/posts/2025-03-17-around-a-post.md`]
export const REMOVED_POST = 'test/fixtures/preview-base/2015-03-01-notes-from-an-old-meetup.md'

/** What the base commit has where the head has the real post, and so what the diff must show. */
export const FIXTURE_EDITS = {
  title: { base: 'ContainerDays Boston recap', head: 'Container Days in Boston' },
  text: { base: 'Container technology is common (fairly mature)', head: 'Container technology is widespread (considerably mature)' },
  url: { base: '/2016/container-days-boston/', head: '/2016/06/20/container-days-in-boston/' },
}

/** @param {string} text @param {string} from @param {string} to */
function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`${EDITED_POST} no longer contains "${from}": update FIXTURE_EDITS in lib/testing/preview-fixture.mjs`)
  return text.replace(from, to)
}

/** @param {string} root  this checkout */
export function createPreviewFixture(root = process.cwd()) {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-preview-fixture-'))
  /** @param {string[]} args */
  const git = (...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } }).trim()
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'fixture@pressroom.invalid')
  git('config', 'user.name', 'Pressroom fixture')
  git('config', 'commit.gpgsign', 'false')

  // Laid out as this checkout is: the preview build takes the same content folder from the base commit.
  const posts = join(dir, TEST_SITE, 'posts')
  mkdirSync(posts, { recursive: true })
  const real = readFileSync(join(root, EDITED_POST), 'utf8')
  let base = replaceOnce(real, `title: ${FIXTURE_EDITS.title.head}\n`, `title: ${FIXTURE_EDITS.title.base}\npermalink: ${FIXTURE_EDITS.url.base}\n`)
  base = replaceOnce(base, FIXTURE_EDITS.text.head, FIXTURE_EDITS.text.base)
  writeFileSync(join(dir, EDITED_POST), base)
  cpSync(join(root, REMOVED_POST), join(posts, '2015-03-01-notes-from-an-old-meetup.md'))
  // The HTML-payload draft is test scaffolding on both sides, so the head's only added post is the draft above.
  cpSync(join(root, PAYLOAD_POST), join(posts, '2010-01-01-html-payloads.md'))
  for (const post of DEMO_POSTS) cpSync(join(root, post), join(dir, post))
  git('add', '-A')
  git('commit', '-q', '-m', 'base: production')
  const baseCommit = git('rev-parse', 'HEAD')

  rmSync(posts, { recursive: true })
  cpSync(join(root, TEST_SITE, 'posts'), posts, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'head: the pull request')
  return { dir, base: baseCommit, head: git('rev-parse', 'HEAD') }
}
