#!/usr/bin/env node
// `npm run check`: the blog's own check, what a team's CI runs on every pull request and push. It builds
// the site once, as `npm run build` does, into out/ (the content step stops on any content error: a bad
// date, an unknown front-matter key, unsafe HTML under strict_html), then checks what was built: every
// internal link and asset, the JavaScript each post page loads, the weight of every listing page. The
// out/ it leaves is the one to deploy: the preview and production jobs publish it, with no second build.
// The engine's own suite is `npm test`; this is minutes at 1,000 posts, not tens of minutes.
// Usage: npm run check   (BASE_PATH, PREVIEW_PR, SHOW_DRAFTS, DEPLOY_ENV as for `npm run build`)
import { BUILD_STEPS, runSteps } from '../lib/build/steps.mjs'

const base = process.env.BASE_PATH ?? ''

const CHECKS = [
  { name: 'links', title: 'Links', command: `node scripts/check-links.mjs --dir out${base ? ` --base ${JSON.stringify(base)}` : ''}` },
  { name: 'js-budget', title: 'JavaScript budget', command: 'node scripts/check-js-budget.mjs --dir out' },
  { name: 'page-weight', title: 'Listing page weight', command: 'node scripts/check-page-weight.mjs --dir out' },
]

const started = Date.now()
runSteps([...BUILD_STEPS, ...CHECKS])
console.log(`\n✓ check: built and checked in ${((Date.now() - started) / 1000).toFixed(0)} s; out/ is the site to deploy`)
