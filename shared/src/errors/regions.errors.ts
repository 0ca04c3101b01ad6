/** Regions and who may see or coordinate them. */
export enum RegionsErrorReason {
  /** Params, when several codes were given: `codes`, the unknown ones joined by ", ". */
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  REGION_NOT_FOUND = 'REGION_NOT_FOUND',
  NOT_YOUR_REGION = 'NOT_YOUR_REGION',
}
