// Settings the test run and the end-to-end suite share.
export const PREVIEW_BASE_PATH = '/pressroom/pr-preview/pr-42'
export const ROOT_PORT = 4173
export const BASE_PORT = 4174
