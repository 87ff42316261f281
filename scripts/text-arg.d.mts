// Types for scripts/text-arg.mjs, imported by its test.
export function textArg(name: string, example: string, argv?: readonly string[]): string | undefined;
