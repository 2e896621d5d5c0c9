/** Modules that exist only in the one-file build (webpack.config.js, oneFileConfigs). */
declare module "breakdown-check-one-file-worker" {
  /** The worker's script, built as one file before the page. */
  const source: string;
  export default source;
}

declare module "*.xlsx" {
  /** A data: URL (webpack's asset/inline). */
  const url: string;
  export default url;
}
