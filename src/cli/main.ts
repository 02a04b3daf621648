// The one exit point: runs the program and turns every outcome into an exit code and at most
// one clear line on stderr. Nothing else in conet calls process.exit.
import { CommanderError } from 'commander';
import { CancelledError, ConetError, EXIT, formatLocation, isPromptExit } from '../core/errors.js';
import { createContext, type CliContext, type CliStreams } from './context.js';
import { buildProgram } from './program.js';

export async function main(argv: string[] = process.argv, streams?: Partial<CliStreams>): Promise<number> {
  ignoreClosedPipes(process.stdout);
  ignoreClosedPipes(process.stderr);
  const context = createContext(
    { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, ...streams },
    process.env,
    process.cwd(),
  );
  return run(context, argv.slice(2));
}

/**
 * A reader that stops early (`conet list | head`) closes the pipe: what is left to print has no
 * reader, so it is dropped quietly instead of crashing with EPIPE.
 */
function ignoreClosedPipes(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    stream.destroy();
  });
}

/** Runs conet with the given arguments (without `node conet`) and returns the exit code. */
export async function run(context: CliContext, args: string[]): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(args, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return await report(context, error);
  }
}

async function report(context: CliContext, error: unknown): Promise<number> {
  if (error instanceof CommanderError) {
    // commander already printed its message (or the help) through configureOutput.
    if (error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  const cancelled = asCancellation(error);
  if (cancelled) {
    context.stderr.write(`\n${cancelled.message}\n`);
    return EXIT.cancelled;
  }
  // Loaded only on the error path: start-up stays light.
  const { paint, say } = await import('./output.js');
  const chalk = paint(context);
  if (error instanceof ConetError) {
    const where = error.location ? `${formatLocation(error.location)}: ` : '';
    const hint = error.hint ? ` ${chalk.dim(error.hint)}` : '';
    say(context, `${chalk.red('error:')} ${where}${error.message}${hint}`);
    if (context.global.debug && error.stack) context.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (context.global.debug ? (error.stack ?? error.message) : error.message) : String(error);
  say(context, `${chalk.red('internal error:')} ${detail}`);
  if (!context.global.debug) context.stderr.write('Run again with --debug for details, and please report it.\n');
  return EXIT.data;
}

/** Ctrl-C inside a prompt is treated like our own cancellation: guided flows save each answer as it is given. */
function asCancellation(error: unknown): CancelledError | undefined {
  if (error instanceof CancelledError) return error;
  if (isPromptExit(error)) return new CancelledError('Cancelled. Everything answered so far is saved.');
  return undefined;
}
