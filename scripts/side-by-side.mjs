#!/usr/bin/env node
// Runs build steps at the same time (lib/build/side-by-side.mjs).
//   node scripts/side-by-side.mjs <step> <step> …     (step names as lib/build/steps.mjs gives them)
import { runSideBySide } from '../lib/build/side-by-side.mjs'

process.exitCode = await runSideBySide(process.argv.slice(2))
