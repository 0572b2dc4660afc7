// Builds `out-import/`: the fixture Jekyll site in test/fixtures/jekyll-site/ moved the way a new user
// moves a blog (`npm run import:jekyll -- <site>` into a fresh copy of this project with no posts of its
// own, then `npm run build`), so e2e/jekyll-import.spec.ts can read it in a browser at Jekyll's URLs.
// The copy lives in the system's temporary folder and is removed afterwards; only its out/ is kept.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURE = join(ROOT, 'test/fixtures/jekyll-site')
const OUT = join(ROOT, 'out-import')
// What a fresh site is made of: the project's files (tracked, or new and not ignored), without this
// checkout's content: never its builds, caches or benchmark corpora.
function projectFiles() {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}. Fix: run this in a git checkout of the project.`)
  return listed.stdout.split('\0').filter((file) => file !== '' && !file.startsWith('content/') && existsSync(join(ROOT, file)))
}

function sh(title, command, args, cwd) {
  console.log(`\n▶ ${title}\n  $ ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, PRESSROOM_CONTENT_DIR: '', BASE_PATH: '', PREVIEW_PR: '', SHOW_DRAFTS: '', DEPLOY_ENV: 'production' } })
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status ?? result.signal})`)
    process.exit(1)
  }
}

/** Imports the fixture Jekyll site into a fresh project, builds it and keeps its out/ as out-import/; exits when a step fails. */
export function buildImportedSite() {
  const site = mkdtempSync(join(tmpdir(), 'pressroom-import-e2e-'))
  try {
    for (const file of projectFiles()) {
      mkdirSync(dirname(join(site, file)), { recursive: true })
      cpSync(join(ROOT, file), join(site, file))
    }
    mkdirSync(join(site, 'content'), { recursive: true })
    // Next's bundler resolves packages only inside the project folder: node_modules must be there, not a
    // link out of it. Hard links make that copy instant; a plain copy where they are not possible.
    const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(site, 'node_modules')])
    if (linked.status !== 0) cpSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), { recursive: true, verbatimSymlinks: true })
    sh('Import the fixture Jekyll site', process.execPath, [join(site, 'node_modules/.bin/tsx'), '--tsconfig', 'scripts/tsconfig.tsx.json', 'scripts/import-jekyll.ts', FIXTURE], site)
    sh('Build the imported site', process.execPath, ['scripts/build.mjs'], site)
    rmSync(OUT, { recursive: true, force: true })
    renameSync(join(site, 'out'), OUT)
    console.log(`\nImported site built → ${OUT}`)
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
}
