// Shape validation for the network file. Objects are "loose" so unknown fields pass through
// untouched; known fields must have the right type. Referential problems (dangling relationships,
// duplicate ids) are not shape errors: `checkNetwork` reports them so `conet doctor` can repair them.
import * as v from 'valibot';
import {
  CO_CREATOR_KINDS,
  COLLABORATOR_STATUSES,
  CONTRIBUTIONS,
  INTERACTION_KINDS,
  INTRODUCTION_STATUSES,
  ME,
  STAGES,
  STANCES,
  type Network,
} from './model.js';
import { isCalendarDate } from './followup/dates.js';
import { compileQuickCheck } from './quick-check.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const text = v.string();
const list = v.array(v.string());
const isoDate = v.pipe(v.string(), v.check(isCalendarDate, 'must be a real date written YYYY-MM-DD'));
const id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be lowercase letters, digits and dashes'),
  v.check((value) => value !== ME, `"${ME}" is reserved for you`),
);
const endpoint = v.pipe(v.string(), v.minLength(1, 'must name a contact id or "me"'));
const oneOf = <T extends readonly string[]>(values: T) =>
  v.picklist(values, `must be one of: ${values.join(', ')}`);

const asks = v.looseObject({
  help: v.optional(list),
  promoters: v.optional(list),
  groups: v.optional(list),
  prospects: v.optional(list),
});

const profile = v.looseObject({
  name: v.optional(text),
  business: v.optional(text),
  offers: v.optional(list),
  needs: v.optional(list),
  asks: v.optional(asks),
});

const reflections = v.looseObject({
  difference: v.optional(text),
  attention: v.optional(text),
  operations: v.optional(text),
  problems: v.optional(text),
  message: v.optional(text),
});

const giveFirst = v.looseObject({ action: text, done: v.optional(isoDate) });

const interaction = v.looseObject({
  date: isoDate,
  kind: oneOf(INTERACTION_KINDS),
  note: v.optional(text),
});

const contact = v.looseObject({
  id,
  name: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  org: v.optional(text),
  role: v.optional(text),
  email: v.optional(list),
  phone: v.optional(list),
  url: v.optional(text),
  linkedin: v.optional(text),
  tags: v.optional(list),
  offers: v.optional(list),
  needs: v.optional(list),
  pointOfView: v.optional(text),
  connection: v.optional(text),
  status: v.optional(oneOf(COLLABORATOR_STATUSES)),
  coCreator: v.optional(oneOf(CO_CREATOR_KINDS)),
  contributes: v.optional(v.array(oneOf(CONTRIBUTIONS))),
  stance: v.optional(oneOf(STANCES)),
  growth: v.optional(v.boolean()),
  stage: v.optional(oneOf(STAGES)),
  prospect: v.optional(v.boolean()),
  lastContact: v.optional(isoDate),
  cadenceDays: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'))),
  notes: v.optional(text),
  reflections: v.optional(reflections),
  giveFirst: v.optional(v.array(giveFirst)),
  interactions: v.optional(v.array(interaction)),
});

const relationship = v.looseObject({
  from: endpoint,
  to: endpoint,
  kind: v.optional(text),
  strength: v.optional(
    v.pipe(v.number(), v.integer('must be a whole number from 1 to 5'), v.minValue(1, 'must be from 1 to 5'), v.maxValue(5, 'must be from 1 to 5')),
  ),
  note: v.optional(text),
  since: v.optional(isoDate),
});

const introduction = v.looseObject({
  id,
  between: v.strictTuple([endpoint, endpoint], 'must list exactly two contact ids'),
  status: oneOf(INTRODUCTION_STATUSES),
  date: v.optional(isoDate),
  note: v.optional(text),
  outcome: v.optional(text),
  history: v.optional(
    v.array(v.looseObject({ date: isoDate, status: oneOf(INTRODUCTION_STATUSES), note: v.optional(text) })),
  ),
});

const audit = v.looseObject({
  date: v.optional(isoDate),
  challengers: v.optional(text),
  growth: v.optional(text),
  hub: v.optional(text),
  commitment: v.optional(text),
});

/** The network file's shape; exported for the test that holds the quick check to valibot's verdicts. */
export const networkSchema = v.looseObject({
  version: v.pipe(v.number(), v.integer()),
  me: v.optional(profile, {}),
  contacts: v.optional(v.array(contact), []),
  relationships: v.optional(v.array(relationship), []),
  introductions: v.optional(v.array(introduction)),
  audit: v.optional(audit),
});

const isValidNetwork = compileQuickCheck(networkSchema);

export interface SchemaIssue {
  /** Path from the document root, e.g. ['contacts', 3, 'strength']. */
  path: (string | number)[];
  message: string;
}

export type ValidationResult = { ok: true; network: Network } | { ok: false; issues: SchemaIssue[] };

/** Checks the shape of parsed YAML. Returns the network (with defaults for missing sections) or the issues. */
export function validateNetwork(data: unknown): ValidationResult {
  if (data === null || data === undefined) return { ok: true, network: { version: 1, me: {}, contacts: [], relationships: [] } };
  const result = isValidNetwork(data) ? undefined : v.safeParse(networkSchema, data, { abortPipeEarly: true });
  if (!result || result.success) {
    // Keep the input itself, not valibot's copy: the copy drops keys such as `constructor`, and
    // every field the user wrote must survive. Only the missing sections are filled in.
    const input = data as Network;
    return { ok: true, network: { ...input, me: input.me ?? {}, contacts: input.contacts ?? [], relationships: input.relationships ?? [] } };
  }
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((item) => item.key as string | number),
      message: describeIssue(issue),
    })),
  };
}

/** A value quoted in a message stays short, however large it is in the file. */
function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 50)}…" (${text.length} characters)`;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'strict_tuple') {
    return issue.received === 'undefined' ? `is required (${issue.expected})` : `must be ${issue.expected}, not ${shorten(issue.received)}`;
  }
  return issue.message;
}
