#!/usr/bin/env node
// @ts-check
// Every listing page of an export within its budget of gzipped HTML (lib/build/page-weight/check.mjs).
// `npm test` runs it on a generated 2,000-post site (scripts/page-weight.mjs).
// Usage: node scripts/check-page-weight.mjs [--dir out] [--budget-kb 40]
import { parseArgs } from 'node:util'
import { BUDGET_KB, checkPageWeight } from '../lib/build/page-weight/check.mjs'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' }, 'budget-kb': { type: 'string', default: String(BUDGET_KB) } } })
process.exitCode = checkPageWeight(values.dir, Number(values['budget-kb']))
