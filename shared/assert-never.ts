/** Ends every `switch` on a `kind`: the compiler proves the cases exhaustive, and a value from outside the types fails loudly. */
export function assertNever(value: never): never {
  throw new Error(`未处理的类型 / unhandled kind: ${JSON.stringify(value)}`);
}
