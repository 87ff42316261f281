// Types for scripts/number-arg.mjs, imported by its test and the TypeScript bench scripts.
export function numberArg(name: string, fallback: number, argv?: readonly string[]): number;
