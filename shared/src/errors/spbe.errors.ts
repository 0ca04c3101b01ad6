/** The SPBE framework catalogue. */
export enum SpbeErrorReason {
  /** Params: `code`, the framework asked for (absent when the newest was asked for and none exists). */
  FRAMEWORK_NOT_FOUND = 'FRAMEWORK_NOT_FOUND',
  /** Params: `year`, an evaluation year no shipped framework covers (before 2021). */
  NO_FRAMEWORK_FOR_YEAR = 'NO_FRAMEWORK_FOR_YEAR',
  /** Params: `code`, `domain`: the framework has no domain with this code. */
  DOMAIN_NOT_FOUND = 'DOMAIN_NOT_FOUND',
  /** A framework's level names cannot be removed, only renamed (a domain's can). */
  LEVEL_NAMES_REQUIRED = 'LEVEL_NAMES_REQUIRED',
}
