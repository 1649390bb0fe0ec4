export const CLI_BUNDLE_DIR: string;
export const CLI_BUNDLE_ENTRY: string;
export const CLI_STAMP_FILE: string;
export function hashSources(root: string, inputs: readonly string[]): string | null;
export function currentCliBundle(root: string, bundleDir?: string): string | null;
