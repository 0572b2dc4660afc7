#!/usr/bin/env node
// @ts-check
// node scripts/preview/publish-guard-cli.mjs number <pr-number.txt>          prints the number or fails
// node scripts/preview/publish-guard-cli.mjs check <pull.json> <number>       fails unless safe to publish
// node scripts/preview/publish-guard-cli.mjs environment <env.json> <name>   fails unless it requires reviewers
//   env BUILT_SHA, BUILT_REPOSITORY (the workflow_run's head), GITHUB_REPOSITORY   (lib/build/preview/publish-guard-command.mjs)
import { runPublishGuard } from '../../lib/build/preview/publish-guard-command.mjs'

const [mode, file, numberArg] = process.argv.slice(2)
process.exitCode = runPublishGuard(mode, file, numberArg)
