// Everything the guided exercise says to the user, in one place so the flow stays readable and
// the wording can be reviewed on its own.
import type { CoCreatorKind, Contribution, Reflections } from '../model.js';

export const INTRO = {
  welcome: [
    'The five challenging contacts exercise, step by step.',
    'Each answer is saved as soon as you give it: press Ctrl-C whenever you like and run',
    '`conet init` again to carry on. Enter keeps the answer shown in grey, Tab lets you edit it,',
    'Backspace clears it.',
  ].join('\n'),
  profile: [
    'Step 1 of 5 · About you',
    'A few lines on what you do, and above all what you would ask for. When someone offers to',
    'help, a precise request is far easier to act on than "let me know if you hear of anything".',
    'Separate several items with ";".',
  ].join('\n'),
  prospects: [
    'Step 2 of 5 · Five challenging contacts',
    'Choose people who see your field from an angle few others have, who would gain from your',
    'time and skills, and to whom you have some link, however thin: a friend of a friend, a talk',
    'you both attended, a group you share. Prefer the ones who would stretch you.',
  ].join('\n'),
  reflections: [
    'Step 3 of 5 · Think about each of them',
    'Five questions per person. Short, honest answers are enough: they will shape how you',
    'approach them and what you say.',
  ].join('\n'),
  giveFirst: [
    'Step 4 of 5 · Give first',
    'For each person: what could you do for them before asking for anything, and what kind of',
    'co-creator might they become?',
  ].join('\n'),
  audit: [
    'Step 5 of 5 · Self-audit',
    'Mark the people you know: who pushes back on your ideas, and whose world is new to you.',
    'conet then shows which way your network leans.',
  ].join('\n'),
} as const;

export const PROFILE_QUESTIONS = {
  name: 'Your name',
  business: 'Your business, in one line',
  offers: 'What do you offer?',
  needs: 'What do you need most right now?',
} as const;

/** The four kinds of specific ask, in the order they are asked. */
export const ASK_QUESTIONS = {
  help: 'Referrals you want for help you need (e.g. "a bookkeeper who works with freelancers")',
  promoters: 'People who could promote you, whom you would like to be introduced to',
  groups: 'Groups or audiences you would like to present to',
  prospects: 'The kind of prospects you would like referred to you',
} as const;

export type ReflectionTopic = keyof typeof REFLECTION_QUESTIONS;

/** The five reflection questions, asked about one named person. */
export const REFLECTION_QUESTIONS = {
  difference: (name: string) => `How would working for ${name} differ from working with your current clients?`,
  attention: (name: string) => `What conversation or project would make ${name} sit up and pay attention?`,
  operations: (name: string) => `To serve ${name} well, what would you change in how you run your business day to day?`,
  problems: (name: string) => `Which of ${name}'s problems or ambitions would you be working on?`,
  message: (name: string) => `Written for ${name} rather than for everyone, what would your message say differently?`,
} satisfies Record<keyof Reflections & string, (name: string) => string>;

export const REFLECTION_TOPICS = Object.keys(REFLECTION_QUESTIONS) as ReflectionTopic[];

export const CO_CREATOR_DESCRIPTIONS: Record<CoCreatorKind, { name: string; description: string }> = {
  'rewarded-contributor': { name: 'Rewarded contributor', description: 'shares ideas or feedback for recognition or a prize' },
  'active-participant': { name: 'Active participant', description: 'what they add becomes part of what your business delivers' },
  'dynamic-shareholder': { name: 'Dynamic shareholder', description: 'invests in your venture and shares in its results' },
};

export const CONTRIBUTION_NAMES: Record<Contribution, string> = {
  ideas: 'Ideas',
  knowledge: 'Knowledge',
  network: 'Their network',
  money: 'Money',
};

export type AuditTopic = 'challengers' | 'growth' | 'hub' | 'commitment';

/** The self-audit reflections, after the contrasts are shown. */
export const AUDIT_QUESTIONS: Record<AuditTopic, string> = {
  challengers: 'Are you surrounded by people who agree with you, or by people who push back on your ideas? What do you see?',
  growth: 'Do you stay with what you already know, or go looking for what would make you grow?',
  hub: 'Do you mostly seek confirmation of your own experience, or are you building a place where people pool what they know?',
  commitment: 'What one change will you make to your network this month?',
};
