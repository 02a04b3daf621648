import { findContact, removeContact } from '../../core/contacts.js';
import { CancelledError, isPromptExit, UsageError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { paint, plural, success } from '../output.js';
import { openStore } from '../store.js';

export interface RemoveOptions {
  yes?: true;
}

export async function removeCommand(context: CliContext, query: string, options: RemoveOptions): Promise<void> {
  const store = openStore(context);
  const network = await store.load();
  const preview = findContact(network, query);
  if (!options.yes) {
    if (!context.stdin.isTTY) {
      throw new UsageError(`Removing ${preview.name} needs confirmation.`, { hint: 'Pass --yes to remove without asking.' });
    }
    const { createInquirerPrompter } = await import('../prompter.js');
    const ok = await createInquirerPrompter(context)
      .confirm({
        key: ['yes'],
        message: `Remove ${preview.name} (${preview.id})${describeRemoval(removeContact(network, preview.id))}?`,
        default: false,
      })
      .catch((error: unknown) => {
        throw isPromptExit(error) ? new CancelledError('Cancelled: nothing was removed.') : error;
      });
    if (!ok) throw new CancelledError('Nothing was removed.');
  }
  let removal!: ReturnType<typeof removeContact>;
  await store.update((current) => {
    removal = removeContact(current, findContact(current, preview.id).id);
    return removal.network;
  });
  success(context, `Removed ${paint(context).bold(preview.name)}${describeRemoval(removal)}.`);
}

/** " with 2 relationships and 1 introduction": what goes with a contact, if anything. */
function describeRemoval({ removedRelationships, removedIntroductions }: ReturnType<typeof removeContact>): string {
  const parts = [
    ...(removedRelationships > 0 ? [plural(removedRelationships, 'relationship')] : []),
    ...(removedIntroductions > 0 ? [plural(removedIntroductions, 'introduction')] : []),
  ];
  return parts.length === 0 ? '' : ` with ${parts.join(' and ')}`;
}
