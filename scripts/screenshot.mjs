#!/usr/bin/env node
// Refreshes docs/screenshot.png, the README's picture, from the root build in out/ (lib/build/screenshot.mjs).
//   node scripts/screenshot.mjs [file]    (default docs/screenshot.png; SCREENSHOT_PORT moves the server)
import { takeScreenshot } from '../lib/build/screenshot.mjs'

await takeScreenshot({ port: Number(process.env.SCREENSHOT_PORT ?? 4390), output: process.argv[2] ?? 'docs/screenshot.png' })
