// Draws each post's share image into public/og/ (lib/build/share-images/step.ts); a build step (lib/build/steps.mjs).
//   tsx --tsconfig scripts/tsconfig.tsx.json scripts/share-images.tsx
import { shareImageStep } from '../lib/build/share-images/step'

shareImageStep(process.cwd())
