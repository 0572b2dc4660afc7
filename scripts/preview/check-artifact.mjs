#!/usr/bin/env node
// @ts-check
// Refuses a preview artifact that could write outside the site when unpacked or publish a link:
//   node scripts/preview/check-artifact.mjs archive <file.zip|file.tar>   entries, before unpacking
//   node scripts/preview/check-artifact.mjs tree <dir>                     the unpacked files, after
// Exit 1 with one line per problem. Uses Node's built-ins only: the publishing job installs nothing.
import { checkArtifact } from '../../lib/build/preview/artifact-command.mjs'

const [mode, path] = process.argv.slice(2)
process.exitCode = checkArtifact(mode, path)
