/** The default of a `switch` on a `kind`: a compile error when a case is missing, a clear throw if one slips through. */
export function assertNever(value: never): never {
  throw new Error(`未处理的种类 / unhandled kind: ${JSON.stringify(value)}`);
}
