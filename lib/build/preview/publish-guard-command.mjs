// @ts-check
// What the Pages workflows ask of the publish guard (scripts/preview/publish-guard-cli.mjs), by mode: the
// pull request's number read from the build's artifact, the pull request still open at the built commit
// (env BUILT_SHA, BUILT_REPOSITORY, GITHUB_REPOSITORY), or the approval environment requiring a reviewer.
import { readFileSync } from 'node:fs'
import { environmentProblems, parsePrNumber, publishProblems } from './publish-guard.mjs'

/**
 * Runs one mode on its file and argument, printing the verdict (errors as workflow annotations); the exit
 * code: 2 for a mode it does not know, 1 when the guard refuses, else 0.
 * @param {string | undefined} mode @param {string | undefined} file @param {string | undefined} numberArg
 * @returns {number}
 */
export function runPublishGuard(mode, file, numberArg) {
  try {
    if (mode === 'number' && file) {
      console.log(parsePrNumber(readFileSync(file, 'utf8').slice(0, 32)))
    } else if (mode === 'check' && file && numberArg) {
      const { BUILT_SHA = '', BUILT_REPOSITORY = '', GITHUB_REPOSITORY = '' } = process.env
      const pull = JSON.parse(readFileSync(file, 'utf8'))
      const { problems, fromFork } = publishProblems({ pull, number: parsePrNumber(numberArg), builtSha: BUILT_SHA, builtRepository: BUILT_REPOSITORY, repository: GITHUB_REPOSITORY })
      for (const problem of problems) console.error(`::error::${problem}`)
      if (problems.length > 0) return 1
      console.log(`pull request ${numberArg} is open at ${BUILT_SHA}${fromFork ? ' (from a fork)' : ''}: safe to publish`)
    } else if (mode === 'environment' && file && numberArg) {
      const text = readFileSync(file, 'utf8').trim()
      const problems = environmentProblems(text ? JSON.parse(text) : undefined, numberArg)
      for (const problem of problems) console.error(`::error::${problem}`)
      if (problems.length > 0) return 1
      console.log(`the ${numberArg} environment requires a reviewer`)
    } else {
      console.error('usage: publish-guard-cli.mjs number <file> | check <pull.json> <number> | environment <env.json> <name>')
      return 2
    }
  } catch (error) {
    console.error(`::error::${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  return 0
}
