import { parseManifest, textHash, type Manifest, type ManifestPost } from '../../preview/manifest'

const TIMEOUT_MS = 20_000

async function get(url: string): Promise<Response> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return response
}

/** Production's manifest, and a reader of the texts it points at that checks each text against its hash. */
export async function fetchProductionBase(manifestUrl: string): Promise<{ manifest: Manifest; text: (post: ManifestPost) => Promise<string> }> {
  const manifest = parseManifest(await (await get(manifestUrl)).json(), manifestUrl)
  const text = async (post: ManifestPost) => {
    const url = new URL(post.text, manifestUrl).href
    const body = await (await get(url)).text()
    if (textHash(body) !== post.hash) throw new Error(`${url} does not match the hash the manifest gives it`)
    return body
  }
  return { manifest, text }
}
