#!/usr/bin/env node
// @ts-check
// node scripts/preview/publish-guard-cli.mjs number <pr-number.txt>          prints the number or fails
// node scripts/preview/publish-guard-cli.mjs check <pull.json> <number>       fails unless safe to publish
// node scripts/preview/publish-guard-cli.mjs environment <env.json> <name>   fails unless it requires reviewers
//   env BUILT_SHA, BUILT_REPOSITORY (the workflow_run's head), GITHUB_REPOSITORY
import { readFileSync } from 'node:fs'
import { environmentProblems, parsePrNumber, publishProblems } from '../../lib/build/preview/publish-guard.mjs'

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
  } else if (mode === 'environment' && file && numberArg) {
    const text = readFileSync(file, 'utf8').trim()
    const problems = environmentProblems(text ? JSON.parse(text) : undefined, numberArg)
    for (const problem of problems) console.error(`::error::${problem}`)
    if (problems.length > 0) process.exit(1)
    console.log(`the ${numberArg} environment requires a reviewer`)
  } else {
    console.error('usage: publish-guard-cli.mjs number <file> | check <pull.json> <number> | environment <env.json> <name>')
    process.exit(2)
  }
} catch (error) {
  console.error(`::error::${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
