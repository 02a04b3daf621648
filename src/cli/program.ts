// Builds the commander program: the whole command-line surface in one place, with no side effects.
// Each action lazily imports its command module, so `conet --help` loads nothing heavy.
import { Command, Option, type OptionValues } from '@commander-js/extra-typings';
import { CO_CREATOR_KINDS, COLLABORATOR_STATUSES, STAGES, STANCES } from '../core/model.js';
import { wantsColor, type CliContext } from './context.js';
import { collect, parseInteger } from './options.js';

export function buildProgram(context: CliContext): Command {
  const program = new Command('conet')
    .description('Plan your relationship network: five challenging contacts, warm introductions, joint ventures.')
    .version(VERSION, '-V, --version')
    .option('-f, --file <path>', 'network file (default: $CONET_FILE, ./conet.yaml, or your data folder)')
    .option('--no-color', 'plain output without colour (NO_COLOR is honoured too)')
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .hook('preAction', (root) => {
      const options = root.opts();
      context.global = { file: options.file, debug: Boolean(options.debug), color: options.color };
      context.color = wantsColor(context);
    })
    .addHelpText(
      'after',
      `
Start with:
  conet init                 the guided "five challenging contacts" exercise
  conet add "Ada Lovelace"   add a contact, then \`conet link\` to record who knows whom
  conet suggest intros       introductions worth making, with their three wins
  conet plan --out plan.md   your introductions plan for the week`,
    );

  // ── Your contacts ────────────────────────────────────────────────────────────
  addContactFieldOptions(
    program
      .command('add')
      .summary('add a contact')
      .description('Add a contact to your network. Fields can be changed later with `conet edit` or by hand in the YAML file.')
      .argument('<name>', 'their full name')
      .option('--id <id>', 'the id to use (default: made from the name)')
      .addOption(new Option('--strength <1-5>', 'also record that you know them, with this tie strength').argParser(parseInteger))
      .option('--json', 'print the new contact as JSON'),
  ).action(async (name, options) => (await import('./commands/add.js')).addCommand(context, name, options));

  addContactFieldOptions(
    program
      .command('edit')
      .summary("change a contact's fields")
      .description("Change a contact's fields. List fields (tags, offers, needs, email…) are replaced by what you pass.")
      .argument('<contact>', 'id, name or unambiguous prefix')
      .option('--name <name>', 'rename them (the id stays the same)')
      .option('--unset <field>', 'remove a field (repeatable)', collect, [] as string[])
      .option('--json', 'print the updated contact as JSON'),
  ).action(async (query, options) => (await import('./commands/edit.js')).editCommand(context, query, options));

  program
    .command('remove')
    .alias('rm')
    .summary('remove a contact and their relationships')
    .argument('<contact>', 'id, name or unambiguous prefix')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (query, options) => (await import('./commands/remove.js')).removeCommand(context, query, options));

  program
    .command('link')
    .summary('record a relationship between two people ("me" is you)')
    .argument('<a>', 'a contact, or "me"')
    .argument('<b>', 'another contact, or "me"')
    .option('--kind <kind>', 'what ties them: friend, colleague, client, mentor… (free text)')
    .addOption(new Option('--strength <1-5>', 'how strong the tie is, 1 (faint) to 5 (very strong)').argParser(parseInteger))
    .option('--note <text>', 'a note about the relationship')
    .option('--since <date>', 'when it started (YYYY-MM-DD)')
    .action(async (a, b, options) => (await import('./commands/link.js')).linkCommand(context, a, b, options));

  program
    .command('unlink')
    .summary('remove the relationship between two people')
    .argument('<a>', 'a contact, or "me"')
    .argument('<b>', 'another contact, or "me"')
    .option('--kind <kind>', 'only remove ties of this kind')
    .action(async (a, b, options) => (await import('./commands/link.js')).unlinkCommand(context, a, b, options));

  program
    .command('list')
    .alias('ls')
    .summary('list contacts, filtered and searched')
    .argument('[search]', 'text to look for in names, orgs, roles, tags, notes')
    .option('--tag <tag>', 'only contacts with this tag (repeatable: all must match)', collect, [] as string[])
    .addOption(new Option('--stage <stage>', 'only contacts at this stage').choices(STAGES))
    .addOption(new Option('--status <status>', 'only contacts with this collaborator status').choices(COLLABORATOR_STATUSES))
    .option('--prospects', 'only your challenging contacts (prospects)')
    .addOption(new Option('--limit <n>', 'show at most n contacts').argParser(parseInteger))
    .option('--json', 'print JSON')
    .action(async (search, options) => (await import('./commands/list.js')).listCommand(context, search, options));

  program
    .command('show')
    .summary('show one contact with their relationships')
    .argument('<contact>', 'id, name or unambiguous prefix')
    .option('--json', 'print JSON')
    .action(async (query, options) => (await import('./commands/show.js')).showCommand(context, query, options));

  return program;
}

/** The contact fields shared by `add` and `edit`. */
function addContactFieldOptions<Args extends unknown[], Opts extends OptionValues>(command: Command<Args, Opts>) {
  return command
    .option('--org <org>', 'organisation')
    .option('--role <role>', 'their role')
    .option('--email <email>', 'email address (repeatable)', collect, [] as string[])
    .option('--phone <phone>', 'phone number (repeatable)', collect, [] as string[])
    .option('--url <url>', 'website')
    .option('--linkedin <url>', 'LinkedIn profile URL')
    .option('--tag <tag>', 'tag (repeatable, or comma-separated)', collect, [] as string[])
    .option('--offers <what>', 'what they offer (repeatable, or comma-separated)', collect, [] as string[])
    .option('--needs <what>', 'what they need (repeatable, or comma-separated)', collect, [] as string[])
    .option('--pov <text>', 'their relevant, helpful, unique point of view')
    .option('--connection <text>', 'how you are connected (even a tenuous link)')
    .addOption(new Option('--status <status>', 'collaborator status').choices(COLLABORATOR_STATUSES))
    .addOption(new Option('--co-creator <kind>', 'the kind of co-creator they could be').choices(CO_CREATOR_KINDS))
    .option('--contributes <what>', 'ideas, knowledge, network, money (repeatable, or comma-separated)', collect, [] as string[])
    .addOption(new Option('--stance <stance>', 'do they challenge your ideas or agree with you?').choices(STANCES))
    .option('--growth', 'their world is new to you (a growth contact)')
    .addOption(new Option('--stage <stage>', 'where the relationship stands').choices(STAGES))
    .option('--prospect', 'one of your challenging contacts')
    .option('--last-contact <date>', 'when you were last in touch (YYYY-MM-DD)')
    .addOption(new Option('--cadence <days>', 'days between contacts').argParser(parseInteger))
    .option('--notes <text>', 'free notes');
}

declare const __CONET_VERSION__: string;
const VERSION = typeof __CONET_VERSION__ === 'string' ? __CONET_VERSION__ : '0.0.0-dev';
