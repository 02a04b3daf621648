// Builds the plan view model from the network and the analyses: plain data, already escaped for
// markdown, in a stable order, so the same file always gives the same plan.
import { countReflections, hasAuditNotes, TARGET_PROSPECTS } from '../exercise/progress.js';
import type { Contrast } from '../exercise/score-audit.js';
import { REFLECTION_TOPICS } from '../exercise/wording.js';
import { CO_CREATOR_DESCRIPTIONS, REFLECTION_QUESTIONS } from '../exercise/wording.js';
import { toIsoDate } from '../followup/index.js';
import type { WarmPath, WaysIn } from '../graph/index.js';
import type { Contact, Network } from '../model.js';
import type { PlanAnalysis } from './analyse-for-plan.js';
import { draftIntroduction, joinWords } from './draft-introduction.js';
import { drawDiagram } from './draw-diagram.js';
import { toCommand, toOptionalText, toText, toTextWithCommands } from './escape-markdown.js';
import { findGaps } from './find-gaps.js';
import { scheduleActions } from './schedule-actions.js';
import {
  PLAN_VIEW_VERSION,
  type AskView,
  type AuditView,
  type ContrastView,
  type PersonRef,
  type PlanView,
  type ProfileView,
  type ProspectView,
  type WarmPathView,
  type WaysInView,
} from './view-model.js';

export function buildPlan(network: Network, today: Date, analysis: PlanAnalysis): PlanView {
  const date = toIsoDate(today);
  const byId = new Map(network.contacts.map((contact) => [contact.id, contact]));
  const ref = (id: string, name?: string): PersonRef => ({ id, name: toText(name ?? byId.get(id)?.name ?? id) });
  const gaps = findGaps(network);
  const prospects = network.contacts.filter((contact) => contact.prospect === true).map((contact, index) => viewProspect(contact, index + 1, analysis, ref));

  const introductions = analysis.introductions.flatMap((suggestion, index) => {
    const a = byId.get(suggestion.a);
    const b = byId.get(suggestion.b);
    if (!a || !b) return [];
    return [
      {
        number: index + 1,
        a: ref(a.id),
        b: ref(b.id),
        kind: suggestion.kind,
        score: suggestion.score,
        wins: { a: toText(suggestion.wins.a), b: toText(suggestion.wins.b), you: toText(suggestion.wins.you) },
        reasons: distinct(suggestion.reasons).map(toTextWithCommands),
        drafts: draftIntroduction({ a, b, aGets: suggestion.aGets, bGets: suggestion.bGets, me: network.me }),
        command: toCommand(`conet intro ${a.id} ${b.id} --status proposed`),
      },
    ];
  });

  const diagram = drawDiagram({
    you: network.me.name?.trim() || null,
    prospects: network.contacts
      .filter((contact) => contact.prospect === true)
      .map((contact) => ({ id: contact.id, name: contact.name, reachable: Boolean(analysis.reach.get(contact.id)?.paths) })),
    paths: prospects.flatMap((prospect) => (prospect.path ? [prospect.path.steps.map((step) => ({ id: step.id, name: step.name.raw }))] : [])),
    introductions: introductions.map((introduction) => ({
      a: { id: introduction.a.id, name: introduction.a.name.raw },
      b: { id: introduction.b.id, name: introduction.b.name.raw },
    })),
  });

  const name = network.me.name?.trim();
  return {
    version: PLAN_VIEW_VERSION,
    date,
    title: toText(name ? `Introductions plan for ${name}` : 'Your introductions plan'),
    complete: gaps.length === 0,
    gaps,
    profile: viewProfile(network),
    prospects,
    prospectTarget: TARGET_PROSPECTS,
    introductions,
    collaborators: analysis.collaborators.map((suggestion, index) => ({
      ...ref(suggestion.id, suggestion.name),
      number: index + 1,
      score: suggestion.score,
      prospect: byId.get(suggestion.id)?.prospect === true,
      reasons: distinct(suggestion.reasons).map(toTextWithCommands),
    })),
    audit: viewAudit(network, analysis.audit),
    diagram,
    actions: scheduleActions(network, date, analysis),
    openIntroductions: analysis.openIntroductions.map((intro) => ({
      id: intro.id,
      a: ref(intro.between[0], intro.names[0]),
      b: ref(intro.between[1], intro.names[1]),
      status: intro.status,
      since: intro.since,
      nextStep: toText(intro.nextStep ?? ''),
    })),
  };
}

/** The analyses can state the same reason twice (a need that is also an ask): say it once. */
function distinct(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

const ASK_LABELS: Record<AskView['group'], string> = {
  help: 'Referrals for help you need',
  promoters: 'Introductions to people who could promote you',
  groups: 'Groups you would like to present to',
  prospects: 'Referrals of prospects',
};

function viewProfile(network: Network): ProfileView {
  const me = network.me;
  const asks: AskView[] = [];
  // The same numbering as `conet log --asked <n>`: groups in this order, items in file order.
  for (const group of ['help', 'promoters', 'groups', 'prospects'] as const) {
    for (const text of me.asks?.[group] ?? []) asks.push({ number: asks.length + 1, group, label: toText(ASK_LABELS[group]), text: toText(text) });
  }
  return {
    complete: Boolean(me.name?.trim()) && asks.length > 0,
    name: toOptionalText(me.name),
    business: toOptionalText(me.business),
    offers: (me.offers ?? []).map(toText),
    needs: (me.needs ?? []).map(toText),
    asks,
  };
}

function viewProspect(contact: Contact, number: number, analysis: PlanAnalysis, ref: (id: string) => PersonRef): ProspectView {
  const position = [contact.role, contact.org].filter(Boolean).join(' at ');
  const reach = analysis.reach.get(contact.id);
  const [best, ...alternatives] = reach?.paths?.paths ?? [];
  const coCreator = contact.coCreator ? CO_CREATOR_DESCRIPTIONS[contact.coCreator] : undefined;
  return {
    ...ref(contact.id),
    number,
    org: toOptionalText(contact.org),
    role: toOptionalText(contact.role),
    headline: toText(position ? `${contact.name}, ${position}` : contact.name),
    pointOfView: toOptionalText(contact.pointOfView),
    connection: toOptionalText(contact.connection),
    stance: contact.stance ?? null,
    growth: contact.growth ?? null,
    stage: contact.stage ?? null,
    coCreator:
      contact.coCreator && coCreator
        ? { kind: contact.coCreator, name: toText(coCreator.name), description: toText(coCreator.description) }
        : null,
    contributes: contact.contributes ?? [],
    offers: (contact.offers ?? []).map(toText),
    needs: (contact.needs ?? []).map(toText),
    reflections: REFLECTION_TOPICS.map((topic) => ({
      topic,
      question: toText(REFLECTION_QUESTIONS[topic](contact.name)),
      answer: toOptionalText(contact.reflections?.[topic]),
    })),
    reflectionsAnswered: countReflections(contact),
    giveFirst: (contact.giveFirst ?? []).map((item, index) => ({ number: index + 1, action: toText(item.action), done: item.done ?? null })),
    access: !best ? 'none' : best.introducer ? 'introduced' : 'direct',
    path: best ? viewPath(best, ref) : null,
    alternatives: alternatives.map((path) => viewPath(path, ref)),
    waysIn: reach?.waysIn ? viewWaysIn(reach.waysIn, contact.name, ref) : null,
    commands: { reflect: toCommand(`conet reflect ${contact.id}`), edit: toCommand(`conet edit ${contact.id}`) },
  };
}

function viewPath(path: WarmPath, ref: (id: string) => PersonRef): WarmPathView {
  const steps = path.steps.slice(1);
  return {
    route: toText(['You', ...steps.map((step) => `${step.name} (${step.strength}/5)`)].join(' → ')),
    explanation: toText(path.explanation),
    steps: steps.map((step) => ({ id: step.id, name: toText(step.name), strength: step.strength })),
    hops: path.hops,
    introducer: path.introducer ? ref(path.introducer) : null,
  };
}

function viewWaysIn(waysIn: WaysIn, name: string, ref: (id: string) => PersonRef): WaysInView {
  const names = (people: { name: string }[]) => joinWords(people.map((person) => person.name));
  const ideas: string[] = [];
  if (waysIn.knownBy.length > 0) ideas.push(`get to know someone who knows them: ${names(waysIn.knownBy)}`);
  if (waysIn.sameCommunity.length > 0) ideas.push(`meet someone in their circle: ${names(waysIn.sameCommunity)}`);
  if (waysIn.sameField.length > 0) ideas.push(`ask someone you know in their field for a lead: ${names(waysIn.sameField)}`);
  const text =
    ideas.length > 0
      ? `Ways in: ${ideas.join('; ')}.`
      : `Nobody in your file is connected to ${name} yet: when you learn who knows them, record it with conet link.`;
  return {
    knownBy: waysIn.knownBy.map((person) => ref(person.id)),
    sameCommunity: waysIn.sameCommunity.map((person) => ref(person.id)),
    sameField: waysIn.sameField.map((person) => ({ ...ref(person.id), shared: person.shared.map(toText) })),
    text: toText(text),
  };
}

function viewAudit(network: Network, contrasts: Contrast[]): AuditView {
  const audit = network.audit;
  return {
    marked: network.contacts.filter((contact) => contact.stance !== undefined || contact.growth !== undefined).length,
    contrasts: contrasts.map(viewContrast),
    date: hasAuditNotes(network) ? (audit?.date ?? null) : null,
    notes: {
      challengers: toOptionalText(audit?.challengers),
      growth: toOptionalText(audit?.growth),
      hub: toOptionalText(audit?.hub),
      commitment: toOptionalText(audit?.commitment),
    },
  };
}

function viewContrast(contrast: Contrast): ContrastView {
  const counts = `${contrast.toCount} to ${contrast.fromCount}`;
  let verdict: string;
  if (contrast.score === null) verdict = 'No contacts marked either way yet';
  else if (contrast.score > 0.5) verdict = `Leans towards ${contrast.to} (${counts})`;
  else if (contrast.score < 0.5) verdict = `Leans towards ${contrast.from} (${contrast.fromCount} to ${contrast.toCount})`;
  else verdict = `Balanced (${counts})`;
  return {
    topic: contrast.topic,
    from: toText(contrast.from),
    to: toText(contrast.to),
    fromCount: contrast.fromCount,
    toCount: contrast.toCount,
    percent: contrast.score === null ? null : Math.round(contrast.score * 100),
    verdict: toText(verdict),
  };
}
