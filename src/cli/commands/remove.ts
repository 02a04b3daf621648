import { findContact, removeContact } from '../../core/contacts.js';
import { CancelledError, UsageError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { paint, plural, success } from '../output.js';
import { openStore } from '../store.js';

export interface RemoveOptions {
  yes?: true;
}

export async function removeCommand(context: CliContext, query: string, options: RemoveOptions): Promise<void> {
  const store = openStore(context);
  const preview = findContact(await store.load(), query);
  if (!options.yes) {
    if (!context.stdin.isTTY) {
      throw new UsageError(`Removing ${preview.name} needs confirmation.`, { hint: 'Pass --yes to remove without asking.' });
    }
    const { createInquirerPrompter } = await import('../prompter.js');
    const ok = await createInquirerPrompter(context).confirm({
      key: ['yes'],
      message: `Remove ${preview.name} (${preview.id}) and all their relationships?`,
      default: false,
    });
    if (!ok) throw new CancelledError('Nothing was removed.');
  }
  let removedRelationships = 0;
  await store.update((network) => {
    const result = removeContact(network, findContact(network, preview.id).id);
    removedRelationships = result.removedRelationships;
    return result.network;
  });
  success(context, `Removed ${paint(context).bold(preview.name)} and ${plural(removedRelationships, 'relationship')}.`);
}
