// One error taxonomy for the whole tool. Anything thrown that is a ConetError is the user's to fix:
// it is printed as one line (plus an optional hint) and exits with its code. Anything else is a bug.

export const EXIT = {
  ok: 0,
  data: 1,
  usage: 2,
  cancelled: 130,
} as const;

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path, e.g. `contacts[3].strength`. */
  field?: string;
}

export abstract class ConetError extends Error {
  abstract readonly exitCode: number;
  /** What the user can do about it, one short sentence. */
  readonly hint?: string;
  readonly location?: SourceLocation;

  constructor(message: string, options: { hint?: string; location?: SourceLocation; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.location !== undefined) this.location = options.location;
  }
}

/** The command line was wrong: unknown contact name, bad flag value, missing TTY without answers. */
export class UsageError extends ConetError {
  readonly exitCode = EXIT.usage;
}

/** The data is wrong: invalid YAML, schema violations, a file that changed under us. */
export class DataError extends ConetError {
  readonly exitCode = EXIT.data;
}

/** The file changed on disk since it was read: refusing to overwrite it. */
export class ConflictError extends DataError {}

/** Something the command needs does not exist (a contact, the network file). */
export class NotFoundError extends DataError {}

/** The user pressed Ctrl-C or declined a confirmation. */
export class CancelledError extends ConetError {
  readonly exitCode = EXIT.cancelled;
}

/** Ctrl-C inside an inquirer prompt surfaces as its ExitPromptError (or AbortPromptError). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export function formatLocation(location: SourceLocation): string {
  let where = location.file;
  if (location.line !== undefined) where += `:${location.line}`;
  if (location.column !== undefined && location.line !== undefined) where += `:${location.column}`;
  if (location.field) where += ` (${location.field})`;
  return where;
}

export function formatFieldPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}
