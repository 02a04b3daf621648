// Tiny hand-built networks for the follow-up tests.
import { emptyNetwork, type Contact, type Network } from '../../../src/core/model.js';

export function networkOf(contacts: (Partial<Contact> & { id: string })[], extra: Partial<Network> = {}): Network {
  return {
    ...emptyNetwork(),
    contacts: contacts.map((contact) => ({ name: contact.id.charAt(0).toUpperCase() + contact.id.slice(1), ...contact })),
    ...extra,
  };
}
