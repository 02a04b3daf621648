// Step 5: the self-audit. Mark who challenges you and whose world is new to you, see the three
// contrasts, then write down what you make of them.
import { ME, type Contact, type Network } from '../model.js';
import { relationshipsOf } from '../relationships.js';
import { contactChoice } from './contact-choices.js';
import { dateAudit, markGrowth, markStance, setAuditNote } from './record-answers.js';
import { hasAuditNotes } from './progress.js';
import { formatContrasts, scoreAudit } from './score-audit.js';
import type { ExerciseSession } from './session.js';
import { AUDIT_QUESTIONS, INTRO, type AuditTopic } from './wording.js';
import { compareText } from '../text.js';

/** Enough people to see a pattern, few enough to mark by hand. */
export const AUDIT_CANDIDATE_LIMIT = 30;

/** Your challenging contacts first, then the people you know best. */
export function auditCandidates(network: Network): Contact[] {
  const strength = new Map<string, number>();
  for (const { other, relationship } of relationshipsOf(network, ME)) {
    strength.set(other, Math.max(strength.get(other) ?? 0, relationship.strength ?? 0));
  }
  const prospects = network.contacts.filter((contact) => contact.prospect === true);
  const known = network.contacts
    .filter((contact) => contact.prospect !== true && strength.has(contact.id))
    .sort((a, b) => strength.get(b.id)! - strength.get(a.id)! || compareText(a.name, b.name) || compareText(a.id, b.id));
  return [...prospects, ...known].slice(0, AUDIT_CANDIDATE_LIMIT);
}

export async function runAudit(session: ExerciseSession): Promise<void> {
  const { prompter } = session;
  // An answers file without an audit: marking nobody would read as an audit done; it stays to do.
  if (prompter.answersUnder?.(['audit']) === false) return;
  prompter.note(INTRO.audit);
  const ids = auditCandidates(session.network).map((contact) => contact.id);
  const candidates = () => ids.map((id) => session.contact(id));

  if (ids.length === 0) {
    prompter.note('There is nobody to mark yet: list some contacts first. You can still answer the questions.');
  } else {
    const challengers = await prompter.checkbox({
      key: ['audit', 'challengers'],
      message: 'Who pushes back on your ideas and makes you think harder? (Space marks, Enter goes on)',
      choices: candidates().map((contact) => ({ ...contactChoice(contact), checked: contact.stance === 'challenger' })),
    });
    await session.record((network) => markStance(network, ids, 'challenger', challengers));

    const others = ids.filter((id) => !challengers.includes(id));
    if (others.length > 0) {
      const yesPeople = await prompter.checkbox({
        key: ['audit', 'yesPeople'],
        message: 'Who mostly agrees with whatever you say?',
        choices: others.map((id) => session.contact(id)).map((contact) => ({ ...contactChoice(contact), checked: contact.stance === 'yes-person' })),
      });
      await session.record((network) => markStance(network, others, 'yes-person', yesPeople));
    }

    const growth = await prompter.checkbox({
      key: ['audit', 'growth'],
      message: 'Whose world is new to you: people you learn from rather than recognise yourself in?',
      choices: candidates().map((contact) => ({ ...contactChoice(contact), checked: contact.growth === true })),
    });
    await session.record((network) => markGrowth(network, ids, growth));

    prompter.note(`Where your network leans, across the ${ids.length} people on this list:\n${formatContrasts(scoreAudit(candidates()))}`);
  }

  for (const topic of Object.keys(AUDIT_QUESTIONS) as AuditTopic[]) {
    const answer = await prompter.editor({
      key: ['audit', 'reflections', topic],
      message: AUDIT_QUESTIONS[topic],
      default: session.network.audit?.[topic],
    });
    await session.record((network) => setAuditNote(network, topic, answer));
  }
  // With nobody to mark and nothing written, nothing was audited: it stays to do.
  if (ids.length > 0 || hasAuditNotes(session.network)) await session.record((network) => dateAudit(network, session.deps.today));
}
