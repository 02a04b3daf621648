// Builds the commander program: the whole command-line surface in one place, with no side effects.
// Each action lazily imports its command module, so `conet --help` loads nothing heavy.
import { Command, Option, type OptionValues } from '@commander-js/extra-typings';
import { CO_CREATOR_KINDS, COLLABORATOR_STATUSES, STAGES, STANCES } from '../core/model.js';
import { wantsColor, type CliContext } from './context.js';
import { collect, parseInteger, parsePositiveInteger } from './options.js';

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

  program.commandsGroup('Start here:');
  program
    .command('init')
    .summary('the guided "five challenging contacts" exercise')
    .description(
      'Walk through the exercise: your profile and specific asks, five challenging contacts and how you reach them, ' +
        'five questions about each, what you can give first, and a self-audit. Every answer is saved as you go ' +
        '(from an answers file, all at once when the whole file is applied); ' +
        'run it again to continue where you stopped, add prospects or review your answers.',
    )
    .option('--answers <file>', 'answer from a YAML or JSON file instead of asking (see templates/answers.example.yaml)')
    .option('--editor', 'write longer answers in $VISUAL / $EDITOR')
    .option('--json', 'print where the exercise stands as JSON')
    .action(async (options) => (await import('./commands/init.js')).initCommand(context, options));

  program
    .command('reflect')
    .summary('the five reflection questions about one contact')
    .argument('<contact>', 'id, name or unambiguous prefix')
    .option('--answers <file>', 'answer from a YAML or JSON file (keys under `reflections:`) instead of asking')
    .option('--editor', 'write answers in $VISUAL / $EDITOR')
    .action(async (query, options) => (await import('./commands/reflect.js')).reflectCommand(context, query, options));

  program.commandsGroup('Your contacts:');
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
      .option('--unset <field>', 'remove a field: a flag name such as tag or pov, or the field in the file (repeatable)', collect, [] as string[])
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
    .description(
      'Record a relationship between two people, or change it. Two people may have several relationships of different ' +
        'kinds; without --kind, linking them again changes the one they have, and with several asks which.',
    )
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
    .addOption(new Option('--limit <n>', 'show at most n contacts').argParser(parsePositiveInteger))
    .option('--json', 'print JSON')
    .action(async (search, options) => (await import('./commands/list.js')).listCommand(context, search, options));

  program
    .command('show')
    .summary('show one contact with their relationships')
    .argument('<contact>', 'id, name or unambiguous prefix')
    .option('--json', 'print JSON')
    .action(async (query, options) => (await import('./commands/show.js')).showCommand(context, query, options));

  program.commandsGroup('Ask the graph:');
  const suggest = program
    .command('suggest')
    .summary('suggested collaborators and introductions, each with its reasons')
    .description('Ask the graph whom to work with (`collaborators`) and whom to introduce to whom (`intros`).');
  suggest
    .command('collaborators')
    .summary('contacts ranked by collaboration potential')
    .description(
      'Rank your contacts by collaboration potential: what you can do for each other (offers meeting needs), whether they challenge your ideas, how well you know them, the circles they open, and how alive the tie is. Contacts marked not-a-collaborator are never suggested.',
    )
    .addOption(new Option('--limit <n>', 'show at most n suggestions (default 10)').argParser(parsePositiveInteger))
    .option('--json', 'print JSON')
    .action(async (options) => (await import('./commands/suggest.js')).suggestCollaboratorsCommand(context, options));
  suggest
    .command('intros')
    .alias('introductions')
    .summary('pairs of your contacts who should meet, with their three wins')
    .description(
      'Pairs of your contacts who are not yet connected and would gain from meeting: mutual benefit first, then your ties to both, different circles and people they already share. Each states the win for both of them and for you.',
    )
    .addOption(new Option('--limit <n>', 'show at most n pairs (default 10)').argParser(parsePositiveInteger))
    .option('--json', 'print JSON')
    .action(async (options) => (await import('./commands/suggest.js')).suggestIntroductionsCommand(context, options));

  program
    .command('path')
    .summary('warm introduction paths from you to a contact')
    .description('The warmest chains of introductions from you to someone, through strong ties first, with alternatives through other people.')
    .argument('<contact>', 'id, name or unambiguous prefix')
    .addOption(new Option('--limit <n>', 'at most n paths (default 3)').argParser(parsePositiveInteger))
    .option('--json', 'print JSON')
    .action(async (query, options) => (await import('./commands/path.js')).pathCommand(context, query, options));

  program
    .command('insights')
    .summary('communities, brokers, challengers, dormant ties and gaps in your network')
    .addOption(new Option('--dormant-days <n>', 'a tie is dormant after n days without contact (default 90)').argParser(parsePositiveInteger))
    .addOption(new Option('--limit <n>', 'at most n entries per section (default 10)').argParser(parsePositiveInteger))
    .option('--json', 'print JSON')
    .action(async (options) => (await import('./commands/insights.js')).insightsCommand(context, options));

  program
    .command('map')
    .summary('draw your network as an interactive map (one HTML file)')
    .description(
      'Write an interactive map of your network to one HTML file that works offline: you at the centre, circles in ' +
        'colour, your challenging contacts ringed, suggested introductions as dashed lines. Point at or click a ' +
        'contact for their details and the reasons behind each suggestion; the search box finds anyone.',
    )
    .option('-o, --out <file>', 'where to write the map (default: conet-map.html in this folder)')
    .option('--force', 'replace the file if it already exists')
    .action(async (options) => (await import('./commands/map.js')).mapCommand(context, options));

  program.commandsGroup('Plan and follow up:');
  program
    .command('plan')
    .summary('your introductions plan, as markdown')
    .description(
      'Write your introductions plan: your asks, your challenging contacts with what to give each first and the warm ' +
        'path to request, joint-venture introductions with their three wins and ready-to-send double opt-in drafts, ' +
        'suggested collaborators, the self-audit, a diagram and a dated checklist. Parts not filled in yet are named, ' +
        'with the command that fills them. The same file always gives the same plan.',
    )
    .option('-o, --out <file>', 'write the plan to this file (default: print it)')
    .option('--force', 'replace the --out file if it already exists')
    .option('--template <file>', 'render your own eta template instead of the built-in one (see templates/README.md)')
    .addOption(new Option('--format <format>', 'markdown, or json for the data a template receives').choices(['markdown', 'json'] as const).default('markdown' as const))
    .option('--json', 'the same as --format json, as for every other command')
    .action(async (options) => (await import('./commands/plan.js')).planCommand(context, options));

  program
    .command('log')
    .summary('log an interaction with a contact')
    .description(
      'Log what happened with a contact. Their last-contact date moves forward (never back, so you can log older events).',
    )
    .argument('<contact>', 'id, name or unambiguous prefix')
    .argument('[what]', 'what happened (optional with --gave or --asked)')
    .option('--date <date>', 'when it happened, YYYY-MM-DD (default: today)')
    .option('--kind <kind>', 'call, meeting, email, message, intro, gave, asked or note (default: note)')
    .option('--gave <n|text>', 'mark one of their give-first actions done, by number or text (kind: gave)')
    .option('--asked <n|text>', 'record that you asked them for one of your asks, by number or text (kind: asked)')
    .option('--json', 'print the logged interaction as JSON')
    .action(async (query, what, options) => (await import('./commands/log.js')).logCommand(context, query, what, options));

  program
    .command('due')
    .summary('who is due for a follow-up, and why')
    .description(
      'List the contacts due or overdue for contact, most overdue first, each with its reasons: time since your last ' +
        'contact, a first contact still to make, give-first actions not done, introductions waiting on you.',
    )
    .addOption(new Option('--limit <n>', 'show at most n contacts').argParser(parsePositiveInteger))
    .option('--all', 'also list contacts on a schedule who are not due yet')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
How often: set a contact's own rhythm with \`conet edit <contact> --cadence <days>\`. Otherwise
their stage decides (days between contacts):
  identified 14     make a first move within two weeks
  contacted 7       follow up within a week, while it is fresh
  engaged 21        keep the conversation warm
  collaborating 30  a monthly check-in beyond the work itself
  dormant 90        a quarterly hello keeps the door open
A challenging contact without a stage counts as identified; other contacts without a stage or
cadence have no schedule. Contacts marked not-a-collaborator are never due.
Introductions: proposed ones with no answer after 7 days, accepted ones at once, made ones
without an outcome after 14 days.`,
    )
    .action(async (options) => (await import('./commands/due.js')).dueCommand(context, options));

  program
    .command('intro')
    .summary('record or advance an introduction between two contacts')
    .description(
      'Track an introduction from proposed to accepted or declined, then made, then its outcome. ' +
        'A new one starts as proposed; every change is kept in its history. Making it logs an intro with both contacts.',
    )
    .argument('<a>', 'a contact')
    .argument('<b>', 'another contact')
    .option('--status <status>', 'proposed, accepted, declined or made')
    .option('--note <text>', 'a note about the introduction or this step')
    .option('--outcome <text>', 'how it went (once made)')
    .option('--date <date>', 'when this step happened, YYYY-MM-DD (default: today)')
    .option('--json', 'print the introduction as JSON')
    .addHelpText(
      'after',
      `
Steps may be skipped forward (made straight away) and a declined one may be proposed again,
but nothing goes back once made: record how it went with --outcome instead.
See the introductions in progress with \`conet intros\`.`,
    )
    .action(async (a, b, options) => (await import('./commands/intro.js')).introCommand(context, a, b, options));

  program
    .command('intros')
    .summary('list introductions in progress')
    .description('List the introductions still in progress, oldest first, with what to do next.')
    .option('--all', 'also list declined, concluded and merely suggested introductions')
    .addOption(new Option('--limit <n>', 'show at most n introductions').argParser(parsePositiveInteger))
    .option('--json', 'print JSON')
    .action(async (options) => (await import('./commands/intro.js')).introsCommand(context, options));

  program.commandsGroup('Your data:');
  program
    .command('import')
    .summary('bring in contacts from vCard, LinkedIn, Google Contacts, GEXF or GraphML')
    .description('Import contacts (and, from graph files, relationships) into your network without duplicating anyone.')
    .argument('<file>', 'the exported file: .vcf, Connections.csv, a Google Contacts CSV, .json, .gexf or .graphml')
    .option('--format <format>', 'auto, vcard, linkedin, google, json, gexf or graphml', 'auto')
    .option('--dry-run', 'show what would be added, updated and skipped; write nothing')
    .option('--partial', 'import the good records even if some cannot be read (they are listed)')
    .addOption(new Option('--strength <1-5>', 'tie strength recorded for each LinkedIn connection (default 2)').argParser(parseInteger))
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
How records are merged:
  Someone already in your network (same email, same LinkedIn profile, or same name with no
  conflicting email or profile) is updated, not added again: empty fields are filled and lists
  (emails, phones, tags) extended. A field you already have is never overwritten.
  New contacts get stage "identified" unless the file says otherwise.
  A relationship is its two people and its kind: one already there only has its empty details
  filled (a missing kind counts as one to fill), one of another kind is added beside it.
  A LinkedIn connection is a weak tie: it becomes a relationship with you, strength 2
  (change with --strength), kind "linkedin", since the "Connected On" date; if you already
  have a relationship with that person, it only fills that one's empty details.
  From conet's JSON, your profile and self-audit come in only when this network has none, and
  introductions between two imported contacts unless this network already records one.
  GEXF/GraphML edges become relationships. Whole-number weights from 1 to 5 are used as the
  strength; other weights are scaled from the file's lightest (1) to heaviest (5); when all
  weights are equal no strength is recorded.
  If any record cannot be read, nothing is imported and each problem is listed with its line,
  unless you pass --partial.`,
    )
    .action(async (file, options) => (await import('./commands/import.js')).importCommand(context, file, options));

  program
    .command('export')
    .summary('write your network as vCard, CSV, JSON, GEXF or GraphML')
    .description('Export your network. vCard and CSV hold contacts; GEXF and GraphML hold relationships and what the analyses use too (offers, needs, stance…); JSON holds everything.')
    .argument('<file>', 'where to write it ("-" for standard output)')
    .option('--format <format>', 'vcard, csv, json, gexf or graphml (default: from the file extension)')
    .option('--force', 'replace the file if it exists')
    .addHelpText(
      'after',
      `
CSV uses Google Contacts' columns, so Google Contacts, Outlook and spreadsheets can read it.
Cells starting with = + - @ or a tab get a leading apostrophe so spreadsheets never run them as
formulas; \`conet import\` removes it again. Every format can be imported back with \`conet import\`.`,
    )
    .action(async (file, options) => (await import('./commands/export.js')).exportCommand(context, file, options));

  program
    .command('doctor')
    .summary('check the network file for broken references, and repair the safe ones')
    .description(
      'Check that the network file loads (a value of the wrong kind, such as a strength outside 1 to 5, is reported ' +
        'with its line), then look for relationships naming someone who is not in the file, ties from a person to ' +
        'themselves, contacts sharing an id, repeated relationships, introductions naming missing contacts and last ' +
        'contacts dated after today. Exits 1 while any problem remains, so scripts can rely on it.',
    )
    .option('--fix', 'repair what is safe to repair, and say what changed (the previous file is kept as .bak)')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
What --fix does:
  drops relationships naming a missing contact, and ties from a person to themselves;
  merges repeated relationships (same two people, same kind) into the strongest one;
  renames later contacts sharing an id to id-2, id-3… (relationships keep pointing at the first).
Strengths out of range and introductions naming missing contacts are left for you to edit.`,
    )
    .action(async (options) => (await import('./commands/doctor.js')).doctorCommand(context, options));

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
    .addOption(new Option('--cadence <days>', 'days between contacts').argParser(parsePositiveInteger))
    .option('--notes <text>', 'free notes');
}

declare const __CONET_VERSION__: string;
const VERSION = typeof __CONET_VERSION__ === 'string' ? __CONET_VERSION__ : '0.0.0-dev';
