// The baseline for the JavaScript budget: a Next.js app with one empty page, built with the very same
// Next/React install as the site (node_modules is symlinked in), so the difference between the two is
// what Pressroom itself adds. It lives in `out-blank-baseline/` inside the project (ignored by git, lint and
// tsc like every `out-*`), because Turbopack refuses a node_modules symlink that leaves the workspace root.
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const FILES = {
  'package.json': JSON.stringify({ name: 'pressroom-blank-baseline', private: true, type: 'module' }, null, 2),
  // The essentials of the site's next.config.mjs that change what ships: static export, trailing slashes.
  'next.config.mjs': `export default {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
}
`,
  'app/layout.tsx': `import type { ReactNode } from 'react'

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  // One word of server-rendered text: Lighthouse refuses a page that paints nothing (NO_FCP), and static
  // text adds no JavaScript.
  'app/page.tsx': `export default function Page() {
  return <main>Blank</main>
}
`,
}

/**
 * Writes the blank app into a fresh `out-blank-baseline/` and exports it.
 * @param {string} projectRoot the project whose node_modules is reused
 * @returns {string} the folder holding the blank app's `out/`
 */
export function buildBlankApp(projectRoot) {
  const dir = resolve(projectRoot, 'out-blank-baseline')
  rmSync(dir, { recursive: true, force: true })
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  symlinkSync(resolve(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const result = spawnSync('npx next build', {
    cwd: dir,
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`The blank baseline app in ${dir} failed to build (exit ${result.status}).`)
  return dir
}
