// Writes the base content's manifest. Run by build.ts with a tsconfig that points `contentlayer/generated`
// at the base's Contentlayer output:  tsx --tsconfig .pressroom/base/tsconfig.json scripts/preview/base-manifest.ts <dir>
import { writeManifest } from './manifest-files'

const dir = process.argv[2]
if (!dir) throw new Error('base-manifest.ts: give the directory to write the manifest into')
const { manifest } = writeManifest(dir)
console.log(`Base manifest: ${manifest.posts.length} posts → ${dir}`)
