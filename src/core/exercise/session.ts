// One run of a guided flow: the network as answered so far, saved after every answer.
import type { Contact, IsoDate, Network } from '../model.js';
import type { ContactRef, Prompter } from './prompter.js';

export interface ExerciseDeps {
  prompter: Prompter;
  /** Persists the network. Called after every answer, so an interruption loses nothing answered. */
  save: (network: Network) => Promise<void>;
  today: IsoDate;
}

export class ExerciseSession {
  #network: Network;

  constructor(
    network: Network,
    readonly deps: ExerciseDeps,
  ) {
    this.#network = network;
  }

  get network(): Network {
    return this.#network;
  }

  get prompter(): Prompter {
    return this.deps.prompter;
  }

  /** Applies one answer and saves before the next question is asked. */
  async record(change: (network: Network) => Network): Promise<void> {
    const next = change(this.#network);
    if (next === this.#network) return;
    this.#network = next;
    await this.deps.save(next);
  }

  contact(id: string): Contact {
    const contact = this.#network.contacts.find((candidate) => candidate.id === id);
    if (!contact) throw new Error(`contact ${id} is missing from the session`);
    return contact;
  }
}

export function contactRef(contact: Contact): ContactRef {
  return { id: contact.id, name: contact.name };
}

/** Items typed on one line separated by ";" (or one per line in an editor). */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function joinList(items: readonly string[] | undefined): string {
  return (items ?? []).join('; ');
}
