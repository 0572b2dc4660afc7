// Settings the test run and the end-to-end suite share. Ports can be moved (E2E_PORT) so that two
// checkouts can run their suites side by side.
export const PREVIEW_BASE_PATH = '/pressroom/pr-preview/pr-42'
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173)
export const BASE_PORT = ROOT_PORT + 1
