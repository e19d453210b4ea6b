export { renderBundle, DOCUMENT_PATHS } from "./bundle";
export { zipBundle } from "./zip";
export type { BundleFile } from "./types";
export type { BundlePlan, BundleFinding } from "./plan";
