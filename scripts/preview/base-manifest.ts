// Writes the base content's manifest. Run by git-base.ts with PRESSROOM_POST_STORE naming the base's post store:
//   PRESSROOM_POST_STORE=<store> tsx --tsconfig scripts/tsconfig.tsx.json scripts/preview/base-manifest.ts <dir>
import { writeManifest } from '../../lib/build/preview/manifest-files'

const dir = process.argv[2]
if (!dir) throw new Error('base-manifest.ts: give the directory to write the manifest into')
const { manifest } = writeManifest(dir)
console.log(`Base manifest: ${manifest.posts.length} posts → ${dir}`)
