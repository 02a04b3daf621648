// The conet data model: what lives in the user's YAML file.
// Every object may carry fields conet does not know; they are kept as they are on save.

/** The id that stands for the user in relationships. */
export const ME = 'me';

export const FILE_VERSION = 1;

export const COLLABORATOR_STATUSES = ['unknown', 'potential', 'collaborator', 'not-a-collaborator'] as const;
export type CollaboratorStatus = (typeof COLLABORATOR_STATUSES)[number];

/** The three kinds of co-creator (rewarded contributors, active participants, dynamic shareholders). */
export const CO_CREATOR_KINDS = ['rewarded-contributor', 'active-participant', 'dynamic-shareholder'] as const;
export type CoCreatorKind = (typeof CO_CREATOR_KINDS)[number];

/** What a co-creator can bring. */
export const CONTRIBUTIONS = ['ideas', 'knowledge', 'network', 'money'] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

/** Where the relationship stands, from first noticed to working together. */
export const STAGES = ['identified', 'contacted', 'engaged', 'collaborating', 'dormant'] as const;
export type Stage = (typeof STAGES)[number];

/** Does this person challenge your ideas or mostly agree with you? (self-audit) */
export const STANCES = ['challenger', 'neutral', 'yes-person'] as const;
export type Stance = (typeof STANCES)[number];

export const INTERACTION_KINDS = ['call', 'meeting', 'email', 'message', 'intro', 'gave', 'asked', 'note'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTRODUCTION_STATUSES = ['suggested', 'proposed', 'accepted', 'declined', 'made'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** Unknown fields survive a round trip, so every record is open. */
type Open = { [key: string]: unknown };

export interface Asks extends Open {
  /** Referrals for help you need. */
  help?: string[];
  /** Introductions to people who can promote you. */
  promoters?: string[];
  /** Groups you want to present to. */
  groups?: string[];
  /** Referrals of prospects. */
  prospects?: string[];
}

export interface Profile extends Open {
  name?: string;
  business?: string;
  offers?: string[];
  needs?: string[];
  asks?: Asks;
}

/** Answers to the five reflection questions about one challenging contact. */
export interface Reflections extends Open {
  /** How working for them would differ from your current clients. */
  difference?: string;
  /** Conversations or projects that would catch their attention. */
  attention?: string;
  /** What you would change in your day-to-day operations to serve them. */
  operations?: string;
  /** Problems or desires you would work on. */
  problems?: string;
  /** How your message changes when written for them rather than the mass market. */
  message?: string;
}

export interface GiveFirst extends Open {
  action: string;
  done?: IsoDate;
}

export interface Interaction extends Open {
  date: IsoDate;
  kind: InteractionKind;
  note?: string;
}

export interface Contact extends Open {
  /** Stable slug, unique in the file; never `me`. */
  id: string;
  name: string;
  org?: string;
  role?: string;
  email?: string[];
  phone?: string[];
  url?: string;
  linkedin?: string;
  tags?: string[];
  offers?: string[];
  needs?: string[];
  /** Their relevant, helpful, unique point of view. */
  pointOfView?: string;
  /** How you are connected (free text, for tenuous links too). */
  connection?: string;
  status?: CollaboratorStatus;
  coCreator?: CoCreatorKind;
  contributes?: Contribution[];
  stance?: Stance;
  /** True when their world is new to you (growth), false when familiar. */
  growth?: boolean;
  stage?: Stage;
  /** One of your five challenging contacts. */
  prospect?: boolean;
  lastContact?: IsoDate;
  /** Days between contacts; overrides the default for the stage. */
  cadenceDays?: number;
  notes?: string;
  reflections?: Reflections;
  giveFirst?: GiveFirst[];
  interactions?: Interaction[];
}

export interface Relationship extends Open {
  /** A contact id, or `me`. */
  from: string;
  to: string;
  kind?: string;
  /** 1 (faint) to 5 (very strong). */
  strength?: number;
  note?: string;
  since?: IsoDate;
}

export interface Introduction extends Open {
  id: string;
  /** The two contact ids introduced to each other. */
  between: [string, string];
  status: IntroductionStatus;
  date?: IsoDate;
  note?: string;
  outcome?: string;
  history?: { date: IsoDate; status: IntroductionStatus; note?: string }[];
}

/** The self-audit: the user's own reflections on the three contrasts. */
export interface Audit extends Open {
  date?: IsoDate;
  /** A network of yes-people, or of idea-challengers? */
  challengers?: string;
  /** Going with what you know, or seeking growth? */
  growth?: string;
  /** Seeking reinforcement, or building a hub for shared intelligence? */
  hub?: string;
  /** What you will change. */
  commitment?: string;
}

export interface Network extends Open {
  version: number;
  me: Profile;
  contacts: Contact[];
  relationships: Relationship[];
  introductions?: Introduction[];
  audit?: Audit;
}

export function emptyNetwork(): Network {
  return { version: FILE_VERSION, me: {}, contacts: [], relationships: [] };
}
