// Introductions at a glance: where each one stands and what to do next.
import type { IntroductionStatus, IsoDate, Network } from '../model.js';

/** One introduction, ready to show or to put in a plan. */
export interface IntroductionSummary {
  id: string;
  /** The two contact ids, in the order they were recorded. */
  between: [string, string];
  /** Their names (the id when a contact is missing from the file). */
  names: [string, string];
  status: IntroductionStatus;
  /** When it reached its current status; null if the file does not say. */
  since: IsoDate | null;
  note: string | null;
  outcome: string | null;
  /** True while something is left to do: proposed, accepted, or made without a recorded outcome. */
  open: boolean;
  /** What to do next, in plain words; null once it is closed. */
  nextStep: string | null;
}

/** Every introduction in the file, oldest status change first (ties by id). */
export function summarizeIntroductions(network: Network): IntroductionSummary[] {
  const names = new Map(network.contacts.map((contact) => [contact.id, contact.name]));
  const summaries = (network.introductions ?? []).map((intro): IntroductionSummary => {
    const [a, b] = intro.between;
    const pair: [string, string] = [names.get(a) ?? a, names.get(b) ?? b];
    const nextStep = nextStepFor(intro.status, intro.outcome !== undefined, pair);
    return {
      id: intro.id,
      between: [a, b],
      names: pair,
      status: intro.status,
      since: intro.date ?? intro.history?.at(-1)?.date ?? null,
      note: intro.note ?? null,
      outcome: intro.outcome ?? null,
      open: nextStep !== null && intro.status !== 'suggested',
      nextStep,
    };
  });
  return summaries.sort((x, y) => compareDates(x.since, y.since) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The introductions still in progress (see `IntroductionSummary.open`), oldest first. */
export function openIntroductions(network: Network): IntroductionSummary[] {
  return summarizeIntroductions(network).filter((summary) => summary.open);
}

function nextStepFor(status: IntroductionStatus, hasOutcome: boolean, [a, b]: [string, string]): string | null {
  switch (status) {
    case 'suggested':
      return `ask ${a} and ${b} whether they would like to meet`;
    case 'proposed':
      return `hear back from ${a} and ${b} that both want to meet`;
    case 'accepted':
      return `both agreed: introduce ${a} and ${b}`;
    case 'made':
      return hasOutcome ? null : `ask ${a} and ${b} how it went, and record the outcome`;
    case 'declined':
      return null;
  }
}

/** Dated first, oldest first; undated last. */
function compareDates(x: IsoDate | null, y: IsoDate | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
