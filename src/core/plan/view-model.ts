// The plan view model: everything a plan template can show, as plain serialisable data.
// Display strings come ready to paste into markdown (`md`); the original text stays beside them
// (`raw`), so templates for other formats and `--format json` readers get both.
// templates/README.md documents every field: keep the two in step.
import type { CoCreatorKind, Contribution, IntroductionStatus, IsoDate, Stage, Stance } from '../model.js';

/** The version of this shape; bumped when a field changes meaning or disappears. */
export const PLAN_VIEW_VERSION = 1;

/** A piece of text: `raw` as written, `md` escaped for markdown and kept on one line. */
export interface Text {
  raw: string;
  md: string;
}

/** A command to run: `raw` for a shell, `md` wrapped as inline code for markdown. */
export type CommandText = Text;

export interface PersonRef {
  id: string;
  name: Text;
}

export type GapPart = 'profile' | 'asks' | 'prospects' | 'about' | 'reflections' | 'give-first' | 'relationships' | 'your-ties' | 'audit';

/** Something the plan cannot show yet, and the command that fills it. */
export interface Gap {
  part: GapPart;
  /** The contact concerned (about, reflections, give-first); null for the others. */
  contact: string | null;
  text: Text;
  command: CommandText;
}

export interface AskView {
  /** 1-based, across all groups: the number `conet log <contact> --asked <n>` takes. */
  number: number;
  group: 'help' | 'promoters' | 'groups' | 'prospects';
  /** What kind of ask it is, e.g. "Referrals for help you need". */
  label: Text;
  text: Text;
}

export interface ProfileView {
  /** True once you have a name and at least one specific ask. */
  complete: boolean;
  name: Text | null;
  business: Text | null;
  offers: Text[];
  needs: Text[];
  asks: AskView[];
}

export interface ReflectionView {
  topic: 'difference' | 'attention' | 'operations' | 'problems' | 'message';
  /** The question, asked about this contact. */
  question: Text;
  answer: Text | null;
}

export interface GiveFirstView {
  /** 1-based: the number `conet log <contact> --gave <n>` takes. */
  number: number;
  action: Text;
  done: IsoDate | null;
}

export interface PathStepView extends PersonRef {
  /** Strength of the tie from the previous step, 1–5. */
  strength: number;
}

export interface WarmPathView {
  /** "You → Ben Okafor (4/5) → Dana Ruiz (3/5)". */
  route: Text;
  /** The path in plain words, with what to do. */
  explanation: Text;
  /** The people after you, ending with the prospect. */
  steps: PathStepView[];
  hops: number;
  /** Whom to ask for the introduction; null when you know the prospect directly. */
  introducer: PersonRef | null;
}

export interface WaysInView {
  /** People tied to them: meeting any of them opens a path. */
  knownBy: PersonRef[];
  /** Others in their circle. */
  sameCommunity: PersonRef[];
  /** People you know who share their field (tags or organisation). */
  sameField: (PersonRef & { shared: Text[] })[];
  /** The suggestions in one sentence (or what to do when there are none). */
  text: Text;
}

export interface ProspectView extends PersonRef {
  /** 1-based position in the plan (file order). */
  number: number;
  org: Text | null;
  role: Text | null;
  /** "Dana Ruiz, Head of Operations at Northwind". */
  headline: Text;
  pointOfView: Text | null;
  connection: Text | null;
  stance: Stance | null;
  growth: boolean | null;
  stage: Stage | null;
  coCreator: { kind: CoCreatorKind; name: Text; description: Text } | null;
  contributes: Contribution[];
  offers: Text[];
  needs: Text[];
  reflections: ReflectionView[];
  /** How many of the five questions have an answer. */
  reflectionsAnswered: number;
  giveFirst: GiveFirstView[];
  /** `direct`: you know them; `introduced`: someone can introduce you; `none`: no chain of ties reaches them. */
  access: 'direct' | 'introduced' | 'none';
  /** The warmest path; null when access is `none`. */
  path: WarmPathView | null;
  /** Other paths, through a different first introducer. */
  alternatives: WarmPathView[];
  /** Who could get you closer; only when access is `none`. */
  waysIn: WaysInView | null;
  commands: { reflect: CommandText; edit: CommandText };
}

export interface DraftView {
  /** Whom it is for: one name, or both for the introduction itself. */
  to: Text;
  subject: Text;
  /** The message, one paragraph per item (greeting and signature included). */
  paragraphs: Text[];
  /** The whole message as plain text, paragraphs separated by blank lines. */
  text: string;
}

export interface IntroductionView {
  /** 1-based rank. */
  number: number;
  /** In a one-way match, `a` is the one who gains. */
  a: PersonRef;
  b: PersonRef;
  kind: 'mutual' | 'one-way' | 'shared-interest';
  /** 0–100. */
  score: number;
  wins: { a: Text; b: Text; you: Text };
  reasons: Text[];
  /** Double opt-in: ask each side first, then introduce them once both said yes. */
  drafts: { askA: DraftView; askB: DraftView; introduction: DraftView };
  /** Records that you proposed it. */
  command: CommandText;
}

export interface CollaboratorView extends PersonRef {
  number: number;
  /** 0–100. */
  score: number;
  prospect: boolean;
  reasons: Text[];
}

export interface ContrastView {
  topic: 'challengers' | 'growth' | 'hub';
  from: Text;
  to: Text;
  fromCount: number;
  toCount: number;
  /** Share on the `to` side, 0–100; null when no contact is marked either way. */
  percent: number | null;
  /** "Leans towards idea-challengers (3 to 1)". */
  verdict: Text;
}

export interface AuditView {
  /** Contacts marked with a stance or as growth/familiar. */
  marked: number;
  contrasts: ContrastView[];
  /** When you wrote your audit notes; null if you have not. */
  date: IsoDate | null;
  notes: { challengers: Text | null; growth: Text | null; hub: Text | null; commitment: Text | null };
}

export interface DiagramView {
  /** Mermaid source (`flowchart LR`…), without the code fence; ids sanitised, labels escaped. */
  mermaid: string;
  /** True when it would show only you. */
  empty: boolean;
}

export type ActionKind = 'follow-up' | 'introduction' | 'give-first' | 'propose' | 'request-path' | 'ask';

export interface ActionView {
  date: IsoDate;
  kind: ActionKind;
  text: Text;
  /** The contacts concerned, by id. */
  contacts: string[];
  /** The command that records it once done; null when none fits. */
  command: CommandText | null;
}

export interface PlanView {
  version: number;
  /** The day the plan is for (today, or CONET_TODAY). */
  date: IsoDate;
  title: Text;
  /** True when nothing is missing. */
  complete: boolean;
  gaps: Gap[];
  profile: ProfileView;
  prospects: ProspectView[];
  /** How many challenging contacts the exercise asks for (five). */
  prospectTarget: number;
  introductions: IntroductionView[];
  collaborators: CollaboratorView[];
  audit: AuditView;
  diagram: DiagramView;
  /** Next actions, by date, then kind, then as listed. */
  actions: ActionView[];
  openIntroductions: { id: string; a: PersonRef; b: PersonRef; status: IntroductionStatus; since: IsoDate | null; nextStep: Text }[];
}
