/** The SPBE framework catalogue. */
export enum SpbeErrorReason {
  /** Params: `code`, the framework asked for (absent when the newest was asked for and none exists). */
  FRAMEWORK_NOT_FOUND = 'FRAMEWORK_NOT_FOUND',
}
