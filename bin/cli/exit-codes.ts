/** Exit codes of `blueprint`, the contract scripts and CI rely on. */
export const exitCodes = {
  ok: 0,
  /** The design has at least one error-severity finding (`check`). */
  findings: 1,
  /** The input is not a valid design (unreadable file, bad JSON, schema issues) or the usage is wrong. */
  invalid: 2,
} as const;
