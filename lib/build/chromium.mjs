// The one place that finds the system Chromium, for Playwright (playwright.config.ts), the benchmarks and
// any script that launches a browser. `npx playwright install` cannot run here, and neither Playwright nor
// chrome-launcher searches PATH, so the browser is resolved to an absolute path once, the same way for all.
import { accessSync, constants } from 'node:fs'
import { delimiter, isAbsolute, join, resolve } from 'node:path'

/** Names tried on PATH when CHROMIUM_PATH is not set: Debian's package, other distributions', Google's. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome']

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The absolute path of the Chromium executable: `CHROMIUM_PATH` (a path, or a name looked up on PATH),
 * else the first of chromium, chromium-browser, google-chrome on PATH.
 * @param {Record<string, string | undefined>} [env] the environment to read (the process's by default)
 * @returns {string}
 */
export function chromiumPath(env = process.env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  /** @param {string} name */
  const onPath = (name) => dirs.map((dir) => join(dir, name)).find(isExecutable)
  const chosen = env.CHROMIUM_PATH?.trim()
  if (chosen) {
    const found = isAbsolute(chosen) || chosen.includes('/') ? [resolve(chosen)].find(isExecutable) : onPath(chosen)
    if (found) return found
    throw new Error(`CHROMIUM_PATH is "${chosen}", which is not an executable file${isAbsolute(chosen) ? '' : ' on PATH'}. Fix: set CHROMIUM_PATH to the Chromium executable, e.g. CHROMIUM_PATH=/usr/bin/chromium.`)
  }
  for (const name of NAMES) {
    const found = onPath(name)
    if (found) return found
  }
  throw new Error(`No Chromium found: none of ${NAMES.join(', ')} is on PATH. Fix: install it (on Debian, apt-get install -y chromium) or set CHROMIUM_PATH to its executable.`)
}
