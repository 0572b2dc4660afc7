import { availableParallelism } from 'node:os'
import { resolveDeployEnv } from './lib/deploy/env.mjs'

const deploy = resolveDeployEnv(process.env)

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: deploy.basePath || undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  // The code is type-checked by `npm test` (tsc, strict); a build renders content, and checking the same
  // code again in every build cost 11 s of each.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next renders pages in one worker per core but one, leaving a core of a 2-core machine idle while the
    // main process waits: every page of a 10,000-post blog is rendered at build time, on every core.
    cpus: availableParallelism(),
  },
}

export default nextConfig
