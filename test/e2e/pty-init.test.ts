// End-to-end in a real pseudo-terminal: a person typing into `conet init`, and pressing Ctrl-C
// halfway; confirming (or not) a removal. Needs the built binary (`npm run build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type IPty } from '@lydell/node-pty';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/model.js';
import { BIN, isolatedEnv, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r/g;

/** A conet process in a pseudo-terminal, with a way to wait for text to appear on screen. */
class Terminal {
  private output = '';
  private seen = 0;
  readonly exited: Promise<number>;
  private readonly pty: IPty;

  constructor(args: string[], dir: string) {
    this.pty = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      cols: 160,
      rows: 50,
      env: isolatedEnv(dir, { CONET_TODAY: '2025-03-01', TERM: 'xterm-256color' }) as Record<string, string>,
    });
    this.pty.onData((data) => (this.output += data.replace(ANSI, '')));
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Waits until `text` shows up after everything waited for so far. */
  async waitFor(text: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const index = this.output.indexOf(text, this.seen);
      if (index >= 0) {
        this.seen = index + text.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`"${text}" never appeared. Screen so far:\n${this.output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Answers the prompt showing `prompt` by typing `keys` (use \r for Enter). */
  async answer(prompt: string, keys: string): Promise<void> {
    await this.waitFor(prompt);
    this.pty.write(keys);
  }

  get screen(): string {
    return this.output;
  }
}

function setup() {
  const dir = tempDir();
  const file = join(dir, 'net.yaml');
  return { dir, file, read: () => load(readFileSync(file, 'utf8')) as Network };
}

describe('conet init in a terminal', () => {
  it('takes typed answers through every step and saves them', async () => {
    const { dir, file, read } = setup();
    const term = new Terminal(['--file', file, 'init'], dir);
    await term.answer('Your name', 'Sam Rivera\r');
    await term.answer('Your business, in one line', 'Brand strategy\r');
    await term.answer('What do you offer?', 'workshops; launch plans\r');
    await term.answer('What do you need most right now?', '\r');
    await term.answer('Referrals you want for help you need', 'a copywriter\r');
    await term.answer('People who could promote you', '\r');
    await term.answer('Groups or audiences', '\r');
    await term.answer('The kind of prospects', '\r');
    await term.answer('Challenging contact #1: type a name', 'Dana Ruiz');
    await term.answer('Add "Dana Ruiz" as a new contact', '\r');
    await term.answer('point of view does Dana Ruiz bring?', 'Knows what shoppers read\r');
    await term.waitFor('Who in your network links you to Dana Ruiz?');
    await term.answer('Nobody in particular', '\r');
    await term.answer('How are you connected to Dana Ruiz?', 'We spoke at the same forum\r');
    await term.waitFor('Challenging contact #2: type a name');
    await term.answer('That is all for now', '\r');
    await term.answer('How would working for Dana Ruiz differ', 'Decisions go through a board\r');
    await term.answer('make Dana Ruiz sit up', 'A pilot on clearer labels\r');
    await term.answer('day to day?', '\r');
    await term.answer('problems or ambitions', '\r');
    await term.answer('what would your message say differently?', 'Trust over polish\r');
    await term.answer('What could you do for Dana Ruiz first', 'Send her the label study\r');
    await term.answer('What kind of co-creator could Dana Ruiz become?', '\x1b[A\x1b[A\r'); // up twice from "not sure": active participant
    await term.answer('What could Dana Ruiz bring?', ' \r'); // ideas
    await term.answer('Who pushes back on your ideas', ' \r'); // Dana
    await term.answer('Whose world is new to you', ' \r'); // Dana
    await term.answer('idea-challengers', '');
    await term.answer('What do you see?', 'Too few challengers\r');
    await term.answer('what would make you grow?', '\r');
    await term.answer('pool what they know?', '\r');
    await term.answer('What one change will you make', 'Ask Dana for coffee\r');
    await term.waitFor('conet plan --out plan.md');
    expect(await term.exited).toBe(0);

    const network = read();
    expect(network.me).toEqual({ name: 'Sam Rivera', business: 'Brand strategy', offers: ['workshops', 'launch plans'], asks: { help: ['a copywriter'] } });
    expect(network.contacts).toEqual([
      {
        id: 'dana-ruiz',
        name: 'Dana Ruiz',
        prospect: true,
        stage: 'identified',
        pointOfView: 'Knows what shoppers read',
        connection: 'We spoke at the same forum',
        reflections: { difference: 'Decisions go through a board', attention: 'A pilot on clearer labels', message: 'Trust over polish' },
        giveFirst: [{ action: 'Send her the label study' }],
        coCreator: 'active-participant',
        contributes: ['ideas'],
        stance: 'challenger',
        growth: true,
      },
    ]);
    expect(network.audit).toEqual({ challengers: 'Too few challengers', commitment: 'Ask Dana for coffee', date: '2025-03-01' });
  });

  it('keeps every answer given before Ctrl-C and exits with 130', async () => {
    const { dir, file, read } = setup();
    const term = new Terminal(['--file', file, 'init'], dir);
    await term.answer('Your name', 'Sam Rivera\r');
    await term.answer('Your business, in one line', 'Brand strategy\r');
    await term.answer('What do you offer?', 'half a thou');
    await term.answer('half a thou', '\x03');
    expect(await term.exited).toBe(130);
    expect(term.screen).toContain('Everything answered so far is saved');
    expect(read().me).toEqual({ name: 'Sam Rivera', business: 'Brand strategy' });

    const resumed = new Terminal(['--file', file, 'init'], dir);
    await resumed.answer('Continue where you stopped (next: your profile and specific asks)', '\r');
    await resumed.waitFor('Your name');
    await resumed.waitFor('Sam Rivera'); // the saved answer is the default
    await resumed.answer('', '\x03');
    expect(await resumed.exited).toBe(130);
    expect(read().me).toEqual({ name: 'Sam Rivera', business: 'Brand strategy' });
  });
});

describe('conet rm in a terminal', () => {
  it('asks first, naming what goes with the contact; Ctrl-C removes nothing', async () => {
    const { dir, file } = setup();
    const add = new Terminal(['--file', file, 'add', 'Ada Lovelace', '--strength', '4'], dir);
    expect(await add.exited).toBe(0);
    const before = readFileSync(file, 'utf8');
    const cancelled = new Terminal(['--file', file, 'rm', 'ada'], dir);
    await cancelled.answer('Remove Ada Lovelace (ada-lovelace) with 1 relationship?', '\x03');
    expect(await cancelled.exited).toBe(130);
    expect(cancelled.screen).toContain('Cancelled: nothing was removed.');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const confirmed = new Terminal(['--file', file, 'rm', 'ada'], dir);
    await confirmed.answer('with 1 relationship?', 'y\r');
    expect(await confirmed.exited).toBe(0);
    expect(confirmed.screen).toContain('Removed Ada Lovelace with 1 relationship.');
  });
});
