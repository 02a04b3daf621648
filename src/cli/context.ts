// Everything a command needs from the outside world, injected so tests can run commands in-process.
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../core/errors.js';
import { isCalendarDate } from '../core/followup/dates.js';

export interface CliStreams {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
}

export interface CliContext extends CliStreams {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Colour on stdout: a terminal, and neither NO_COLOR nor --no-color. */
  color: boolean;
  /** Today's date; CONET_TODAY=YYYY-MM-DD fixes it (tests, reproducible plans). */
  today: () => Date;
  /** Global options, filled in when commander has parsed them. */
  global: GlobalOptions;
}

export interface GlobalOptions {
  file?: string;
  debug: boolean;
  color: boolean;
}

export function createContext(streams: CliStreams, env: NodeJS.ProcessEnv, cwd: string): CliContext {
  const context: CliContext = {
    ...streams,
    env,
    cwd,
    color: false,
    today: () => {
      const fixed = env.CONET_TODAY;
      if (!fixed) return new Date();
      if (!isCalendarDate(fixed)) throw new UsageError(`CONET_TODAY=${fixed} is not a date.`, { hint: 'Write it as YYYY-MM-DD, or unset it to use the real date.' });
      // Local noon on that day: the calendar date is the same in every time zone.
      const [year, month, day] = fixed.split('-').map(Number);
      return new Date(year!, month! - 1, day!, 12);
    },
    global: { debug: false, color: true },
  };
  context.color = wantsColor(context);
  return context;
}

export function wantsColor(context: Pick<CliContext, 'env' | 'stdout' | 'global'>): boolean {
  if (!context.global.color) return false;
  if (context.env.NO_COLOR !== undefined && context.env.NO_COLOR !== '') return false;
  if (context.env.FORCE_COLOR !== undefined && context.env.FORCE_COLOR !== '0') return true;
  return Boolean(context.stdout.isTTY) && context.env.TERM !== 'dumb';
}
