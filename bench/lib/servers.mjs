// Serves an export with the project's own static server (gzip on, as hosts do) for the length of a bench.
// Other work on a shared machine may stop the server; `ensure()` brings it back before each audit.
import { spawn } from 'node:child_process'

/**
 * @param {string} dir export folder
 * @param {number} port
 */
export async function serve(dir, port) {
  const origin = `http://127.0.0.1:${port}`
  const start = () =>
    spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--gzip'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  const answers = () =>
    fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    )
  // Otherwise the check below would find the other server and the bench would measure whatever it serves.
  if (await answers()) throw new Error(`Port ${port} is already in use: stop what serves ${origin} first.`)
  let child = start()
  const waitUntilUp = async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if (child.exitCode !== null || child.signalCode !== null) break
      if (await answers()) return
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    child.kill()
    throw new Error(`scripts/serve.mjs did not answer on ${origin} (is port ${port} taken?).`)
  }
  await waitUntilUp()
  return {
    origin,
    stop: () => child.kill(),
    async ensure() {
      if (child.exitCode === null && child.signalCode === null && (await answers())) return
      console.warn(`The server on ${origin} had stopped (exit ${child.exitCode ?? child.signalCode}); restarting it.`)
      child.kill()
      child = start()
      await waitUntilUp()
    },
  }
}
