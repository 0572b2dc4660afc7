import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { TEST_SITE_ENV } from '../../testing/env.mjs'
import { createPreviewFixture, FIXTURE_EDITS } from '../../testing/preview-fixture.mjs'
import { branchPoint, buildGitBase, resolveCommit } from './git-base'

// The fixture repository is laid out as the engine's test builds are: its posts in test/site/.
vi.stubEnv('PRESSROOM_CONTENT_DIR', TEST_SITE_ENV.PRESSROOM_CONTENT_DIR)
const fixture = createPreviewFixture()
afterAll(() => {
  rmSync(fixture.dir, { recursive: true, force: true })
  vi.unstubAllEnvs()
})

describe('the base from git', () => {
  it('finds a ref the clone has, and nothing for one it lacks', () => {
    expect(resolveCommit(fixture.dir, 'main')).toBe(fixture.head)
    expect(resolveCommit(fixture.dir, `${fixture.head}~1`)).toBe(fixture.base)
    expect(resolveCommit(fixture.dir, 'origin/main')).toBeUndefined()
  })

  it('compares with the branch point, or the commit itself when histories are unrelated', () => {
    expect(branchPoint(fixture.dir, fixture.base)).toBe(fixture.base)
    // This checkout shares no history with the fixture.
    expect(branchPoint(process.cwd(), fixture.base)).toBe(fixture.base)
  })

  it('builds the base commit’s posts with this checkout’s pipeline into a manifest', () => {
    const { manifest, text } = buildGitBase(fixture.dir, fixture.base)
    // The payload draft is left out (a draft); the demo posts are on both sides.
    expect(manifest.posts.map((post) => post.title).sort()).toEqual(['Around a post', FIXTURE_EDITS.title.base, 'Notes from an old meetup', 'What this blog can do'])
    const edited = manifest.posts.find((post) => post.title === FIXTURE_EDITS.title.base)
    expect(edited?.url).toBe(FIXTURE_EDITS.url.base)
    expect(text(edited?.hash ?? '')).toContain(FIXTURE_EDITS.text.base)
  })
})
