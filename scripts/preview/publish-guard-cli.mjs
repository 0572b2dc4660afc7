#!/usr/bin/env node
// @ts-check
// node scripts/preview/publish-guard-cli.mjs number <pr-number.txt>          prints the number or fails
// node scripts/preview/publish-guard-cli.mjs check <pull.json> <number>       fails unless safe to publish
//   env BUILT_SHA, BUILT_REPOSITORY (the workflow_run's head), GITHUB_REPOSITORY
import { readFileSync } from 'node:fs'
import { parsePrNumber, publishProblems } from './publish-guard.mjs'

const [mode, file, numberArg] = process.argv.slice(2)
try {
  if (mode === 'number' && file) {
    console.log(parsePrNumber(readFileSync(file, 'utf8').slice(0, 32)))
  } else if (mode === 'check' && file && numberArg) {
    const { BUILT_SHA = '', BUILT_REPOSITORY = '', GITHUB_REPOSITORY = '' } = process.env
    const pull = JSON.parse(readFileSync(file, 'utf8'))
    const { problems, fromFork } = publishProblems({ pull, number: parsePrNumber(numberArg), builtSha: BUILT_SHA, builtRepository: BUILT_REPOSITORY, repository: GITHUB_REPOSITORY })
    for (const problem of problems) console.error(`::error::${problem}`)
    if (problems.length > 0) process.exit(1)
    console.log(`pull request ${numberArg} is open at ${BUILT_SHA}${fromFork ? ' (from a fork)' : ''}: safe to publish`)
  } else {
    console.error('usage: publish-guard-cli.mjs number <file> | check <pull.json> <number>')
    process.exit(2)
  }
} catch (error) {
  console.error(`::error::${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
