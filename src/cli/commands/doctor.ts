import { checkNetwork, type Problem } from '../../core/check-network.js';
import { DataError, formatFieldPath } from '../../core/errors.js';
import { toIsoDate } from '../../core/followup/index.js';
import { repairNetwork, type Repair } from '../../core/repair-network.js';
import type { CliContext } from '../context.js';
import { paint, plural, print, printJson, success } from '../output.js';
import { openStore } from '../store.js';

export interface DoctorOptions {
  fix?: true;
  json?: true;
}

/**
 * Checks the network file: first that it loads (a shape error is reported like any load error),
 * then its references. With --fix, applies the safe repairs under the lock and says what changed.
 * Exits 1 while problems remain, so scripts can test it.
 */
export async function doctorCommand(context: CliContext, options: DoctorOptions): Promise<void> {
  const store = openStore(context);
  let network = await store.load().catch((error: unknown) => {
    // A script reading --json gets a report even when the file does not load; the message still goes to stderr.
    if (options.json && error instanceof DataError) {
      const { location } = error;
      printJson(context, { file: store.path, healthy: false, loads: false, error: { message: error.message, ...(location?.line !== undefined && { line: location.line }) } });
    }
    throw error;
  });
  let repairs: Repair[] = [];
  const today = toIsoDate(context.today());
  if (options.fix && checkNetwork(network, { today }).some((problem) => problem.fixable)) {
    // Repairs are worked out again on the file as it is under the lock, not on the copy read above.
    network = await store.update((current) => {
      const result = repairNetwork(current);
      repairs = result.repairs;
      return result.network;
    });
  }
  const problems = checkNetwork(network, { today });

  if (options.json) {
    printJson(context, {
      file: store.path,
      healthy: problems.length === 0,
      loads: true,
      contacts: network.contacts.length,
      relationships: network.relationships.length,
      repairs: repairs.map(({ kind, path, message }) => ({ kind, path: formatFieldPath(path), message })),
      problems: problems.map(({ kind, path, message, fixable }) => ({ kind, path: formatFieldPath(path), message, fixable })),
    });
  } else {
    render(context, repairs, problems);
  }

  if (problems.length > 0) {
    const state = repairs.length === 0 ? 'found' : problems.length === 1 ? 'remains' : 'remain';
    throw new DataError(`${plural(problems.length, 'problem')} ${state} in ${store.path}.`, {
      hint: nextStep(problems, Boolean(options.fix)),
    });
  }
  const counts = `${plural(network.contacts.length, 'contact')}, ${plural(network.relationships.length, 'relationship')}`;
  if (repairs.length > 0) {
    success(context, `Repaired ${plural(repairs.length, 'problem')} in ${store.path} (${counts}). The previous version is in ${store.path}.bak.`);
  } else {
    success(context, `${store.path} is healthy (${counts}).`);
  }
}

function render(context: CliContext, repairs: readonly Repair[], problems: readonly Problem[]): void {
  const chalk = paint(context);
  for (const repair of repairs) print(context, `${chalk.green('fixed')}  ${formatFieldPath(repair.path)}: ${repair.message}`);
  for (const problem of problems) {
    const marker = problem.fixable ? chalk.yellow('fixable') : chalk.red('problem');
    print(context, `${marker}  ${formatFieldPath(problem.path)}: ${problem.message}`);
  }
}

function nextStep(problems: readonly Problem[], fixed: boolean): string {
  const fixable = problems.filter((problem) => problem.fixable).length;
  const them = problems.length === 1 ? 'it' : 'them';
  if (fixed || fixable === 0) return `Edit the file to fix ${them}: conet leaves that judgement to you.`;
  if (fixable === problems.length) return `Run \`conet doctor --fix\` to repair ${them}.`;
  return `Run \`conet doctor --fix\` to repair the ${fixable} marked fixable; edit the file for the rest.`;
}
