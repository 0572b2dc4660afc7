#!/usr/bin/env node
// `npm test` step: every post page's JavaScript within its budget over a blank Next.js page (lib/build/budget/check.mjs).
// Usage: node scripts/check-js-budget.mjs [--dir out]
import { parseArgs } from 'node:util'
import { checkJsBudget } from '../lib/build/budget/check.mjs'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' } } })
process.exitCode = checkJsBudget(values.dir)
