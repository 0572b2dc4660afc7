#!/usr/bin/env node
// `npm run build`: the static site in out/, by the steps lib/build/steps.mjs lists.
// Usage: node scripts/build.mjs [group or step …]   (default: build; groups: build, deploy, dev;
//        steps: content, search-index, manifest, share-images, next-build, jekyll-pages, csp)
import { runSteps, stepsNamed } from '../lib/build/steps.mjs'

let steps
try {
  steps = stepsNamed(process.argv.slice(2))
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
runSteps(steps)
