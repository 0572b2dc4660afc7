// bench:build's side-by-side rows: the same seed posts (bench/seed-posts.mjs) through Pressroom (cold, then warm
// after one post's text changed and after one new post) and through the engines of bench/lib/anchors.mjs.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { BUILD_STEPS } from '../../lib/build/steps.mjs'
import { ANCHORS, engineVersion, runAnchor } from './anchors.mjs'
import { copyProject, runStages, TIME, writeBlock } from './scale-site.mjs'
import { seedPosts } from '../seed-posts.mjs'
import { sideTable } from './side-table.mjs'

const STAGES = BUILD_STEPS
const PRESSROOM_ROWS = ['pressroom', 'edit', 'new']

/** The post the warm rows edit: one in the middle of the list, so it sits on a listing page, not the first. */
function editOnePost(postsDir, posts) {
  const post = posts[Math.floor(posts.length / 2)] ?? posts[0]
  appendFileSync(join(postsDir, post.name), '\nOne more paragraph, written after the first build.\n')
}

function addOnePost(postsDir, posts) {
  const newest = posts[0]
  const text = newest.text.replace(/^title: .*$/m, 'title: "A post written after the first build"').replace(/^date: (\S+)/m, 'date: 2026-06-02')
  writeFileSync(join(postsDir, '2026-06-02-a-post-written-after-the-first-build.md'), text)
}

/** Runs the asked `rows` at `count` posts: { count, when, load, rows: { [row]: measurement } }. */
export function benchSideBySide(count, rows, { root, scratch }) {
  const posts = seedPosts(count)
  const loadBefore = loadavg()[0]
  const measured = {}
  console.log(`\n■ side by side, ${count} seed posts`)
  if (rows.some((row) => PRESSROOM_ROWS.includes(row))) {
    const site = join(scratch, `${count}-seed`)
    copyProject(root, site)
    const postsDir = join(site, 'content', 'posts')
    mkdirSync(postsDir, { recursive: true })
    for (const post of posts) writeFileSync(join(postsDir, post.name), post.text)
    writeFileSync(join(site, 'content', 'link-allowlist.txt'), '')
    console.log('  Pressroom, cold:')
    measured.pressroom = runStages(STAGES, site, '    ')
    if (rows.includes('edit')) {
      editOnePost(postsDir, posts)
      console.log('  Pressroom, one post edited:')
      measured.edit = runStages(STAGES, site, '    ')
    }
    if (rows.includes('new')) {
      addOnePost(postsDir, posts)
      console.log('  Pressroom, one post added:')
      measured.new = runStages(STAGES, site, '    ')
    }
    if (!rows.includes('pressroom')) delete measured.pressroom
  }
  for (const anchor of ANCHORS.filter((a) => rows.includes(a.row))) {
    process.stdout.write(`  ${anchor.title} … `)
    measured[anchor.row] = runAnchor(anchor, join(scratch, `${count}-${anchor.row}`), posts, { root, time: TIME })
    console.log(JSON.stringify(measured[anchor.row]))
  }
  return { count, when: new Date().toISOString(), load: [loadBefore, loadavg()[0]], rows: measured }
}

function method() {
  const versions = ['jekyll', 'hugo'].map(engineVersion).filter(Boolean).join('; ')
  return `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${versions || 'no Jekyll or Hugo installed'}.
Method: the same posts for every engine (\`bench/seed-posts.mjs\`: the seed post's body, own titles and dates, three of fifteen tags, one of six authors),
each engine's build from a fresh folder, wall time of the whole run and the peak resident set of its largest process
(GNU time); Pagefind indexes each anchor's output after its build; each anchor stopped at 20 minutes. Pressroom runs
every step of \`npm run build\` in a scratch copy of the project, then again after one post's text changed, then again
after one new post, keeping whatever the first build left (\`.pressroom/cache/\` included, as CI restores it).`
}

/** Appends the runs to bench/.scale/side-by-side.json and rewrites RESULTS.md's side-by-side block with the newest run of each size. */
export function writeSideBySide(runs, { resultsJson, resultsMd }) {
  mkdirSync(dirname(resultsJson), { recursive: true })
  const previous = existsSync(resultsJson) ? JSON.parse(readFileSync(resultsJson, 'utf8')) : []
  const all = [...previous, ...runs]
  writeFileSync(resultsJson, JSON.stringify(all, null, 1))
  // Per size, each row's newest measurement (a run of a few rows updates those), dated by the newest run.
  const bySize = new Map()
  for (const run of all) bySize.set(run.count, { ...run, rows: { ...bySize.get(run.count)?.rows, ...run.rows } })
  const newest = [...bySize.values()].sort((a, b) => a.count - b.count)
  writeBlock(resultsMd, '<!-- build-side-by-side:start (written by npm run bench:build) -->', '<!-- build-side-by-side:end -->', `${method()}\n\n${sideTable(newest)}`, '## Side by side with Jekyll and Hugo (`npm run bench:build`)')
}
