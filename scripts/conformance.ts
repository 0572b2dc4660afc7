// `npm run test:conformance [case …]`: the fixture sites of test/conformance/, built by real Jekyll and by
// Pressroom and compared per post (lib/conformance/run.ts).
import { runConformance } from '../lib/conformance/run'

process.exitCode = await runConformance(process.argv.slice(2))
