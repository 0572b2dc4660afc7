import { resolveDeployEnv } from './lib/deploy.mjs'

const deploy = resolveDeployEnv(process.env)

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: deploy.basePath || undefined,
  reactStrictMode: true,
  poweredByHeader: false,
}

export default nextConfig
