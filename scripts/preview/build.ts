// Every build: the content manifest, and for a preview its changes (lib/build/preview/step.ts).
// Run after the content step:  tsx --tsconfig scripts/tsconfig.tsx.json scripts/preview/build.ts
import { writeManifestAndChanges } from '../../lib/build/preview/step'

await writeManifestAndChanges()
