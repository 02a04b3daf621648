// The Prompter the guided flows use at a terminal, backed by @inquirer/prompts. Prompts draw on
// stderr so stdout stays clean for data.
import type { AnswersShape } from '../core/exercise/answers-shape.js';
import type { Prompter, TextQuestion } from '../core/exercise/prompter.js';
import { UsageError } from '../core/errors.js';
import type { Network } from '../core/model.js';
import type { NetworkStore } from '../store/network-store.js';
import { createAnswersPrompter, loadAnswers, type UnusedAnswer } from './answers-prompter.js';
import type { CliContext } from './context.js';
import { paint } from './output.js';

export interface InquirerPrompterOptions {
  /** Write longer answers in $VISUAL/$EDITOR instead of on one line. */
  editor?: boolean;
}

export function createInquirerPrompter(context: CliContext, options: InquirerPrompterOptions = {}): Prompter {
  const io = { input: context.stdin, output: context.stderr };
  const chalk = paint(context);
  // Loaded at the first question, not with the command: a flow answered from a file or from flags
  // asks none, and the prompts (with the editor's text encodings) are some 800 KB of code.
  let loading: Promise<typeof import('@inquirer/prompts')> | undefined;
  const prompts = () => (loading ??= import('@inquirer/prompts'));
  const oneLine = async (question: TextQuestion) =>
    (await prompts()).input({ message: question.message, default: question.default, ...(question.validate && { validate: question.validate }) }, io);

  return {
    note(text) {
      const [heading = '', ...rest] = text.split('\n');
      context.stderr.write(`\n${chalk.bold(heading)}\n${rest.map((line) => `${chalk.dim(line)}\n`).join('')}`);
    },
    input: oneLine,
    editor: async (question) =>
      options.editor
        ? (await prompts()).editor(
            {
              message: question.message,
              default: question.default,
              waitForUserInput: false,
              ...(question.validate && { validate: question.validate }),
            },
            io,
          )
        : oneLine(question),
    confirm: async (question) => (await prompts()).confirm({ message: question.message, default: question.default }, io),
    select: async (question) => (await prompts()).select({ message: question.message, choices: question.choices, default: question.default }, io),
    search: async (question) =>
      (await prompts()).search(
        {
          message: question.message,
          source: (term) => question.source(term ?? ''),
          pageSize: 10,
          ...(question.default !== undefined && { default: question.default }),
          ...(question.validate && { validate: question.validate }),
        },
        io,
      ),
    checkbox: async (question) => (await prompts()).checkbox({ message: question.message, choices: question.choices, pageSize: 12 }, io),
  };
}

export interface PrompterOptions extends InquirerPrompterOptions {
  /** An answers file (YAML or JSON) to answer from instead of asking. */
  answers?: string;
}

/** How a guided flow asks its questions and saves their answers. */
export interface Guide {
  prompter: Prompter;
  /** The flow's `save`, called after every answer. */
  save(network: Network): Promise<void>;
  /** Saves what is still unsaved once the flow is done. */
  finish(): Promise<void>;
  /** Answers the file gave that no question asked for (none at a terminal). */
  unusedAnswers(): UnusedAnswer[];
}

/**
 * Answers from a file when given one, else asks at the terminal; with neither, fails at once. At a
 * terminal each answer is saved as it is given, so Ctrl-C loses nothing; an answers file is applied
 * whole and saved once at the end, so an answer it refuses leaves the network file as it was.
 */
export async function openGuide(context: CliContext, options: PrompterOptions, shape: AnswersShape, store: NetworkStore): Promise<Guide> {
  if (options.answers !== undefined) {
    const prompter = createAnswersPrompter(await loadAnswers(options.answers, context.cwd, shape));
    let answered: Network | undefined;
    return {
      prompter,
      save: async (network) => void (answered = network),
      finish: async () => {
        if (answered) await store.save(answered);
      },
      unusedAnswers: () => prompter.unusedAnswers(),
    };
  }
  if (!context.stdin.isTTY) {
    throw new UsageError('There is no terminal to ask the questions on: pass --answers FILE to answer them from a file.', {
      hint: 'An answers file is YAML or JSON; templates/answers.example.yaml is a complete example.',
    });
  }
  return {
    prompter: createInquirerPrompter(context, options),
    save: (network) => store.save(network),
    finish: async () => undefined,
    unusedAnswers: () => [],
  };
}
