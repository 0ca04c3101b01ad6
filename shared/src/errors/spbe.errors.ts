/** The SPBE framework catalogue. */
export enum SpbeErrorReason {
  FRAMEWORK_NOT_FOUND = 'FRAMEWORK_NOT_FOUND',
}
