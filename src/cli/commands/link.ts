import { resolveEndpoint } from '../../core/contacts.js';
import { toIsoDate } from '../../core/followup/index.js';
import { linkContacts, unlinkContacts } from '../../core/relationships.js';
import { checkDate } from '../contact-fields.js';
import type { CliContext } from '../context.js';
import { plural, success } from '../output.js';
import { openStore } from '../store.js';

export interface LinkOptions {
  kind?: string;
  strength?: number;
  note?: string;
  since?: string;
}

export async function linkCommand(context: CliContext, a: string, b: string, options: LinkOptions): Promise<void> {
  if (options.since !== undefined) checkDate(options.since, '--since', { notAfter: toIsoDate(context.today()) });
  let message = '';
  await openStore(context).update((network) => {
    const from = resolveEndpoint(network, a);
    const to = resolveEndpoint(network, b);
    const result = linkContacts(network, from, to, options);
    const { kind, strength } = result.relationship;
    const what = [...(kind === undefined ? [] : [kind]), ...(strength === undefined ? [] : [`strength ${strength}`])].join(', ');
    const details = what ? ` (${what})` : '';
    if (result.created) message = `Linked ${from} and ${to}${details}.`;
    else if (result.changed) message = `Updated the link between ${from} and ${to}${details}.`;
    else message = `${from} and ${to} are already linked${details}; nothing changed.`;
    return result.network;
  });
  success(context, message);
}

export interface UnlinkOptions {
  kind?: string;
}

export async function unlinkCommand(context: CliContext, a: string, b: string, options: UnlinkOptions): Promise<void> {
  let message = '';
  await openStore(context).update((network) => {
    const from = resolveEndpoint(network, a);
    const to = resolveEndpoint(network, b);
    const result = unlinkContacts(network, from, to, options.kind);
    message = `Removed ${plural(result.removed, 'relationship')} between ${from} and ${to}.`;
    return result.network;
  });
  success(context, message);
}
