// Small option parsers shared by command definitions.
import { InvalidArgumentError } from 'commander';

/** Repeatable list option that also accepts comma-separated values: --tag a --tag b,c → [a, b, c]. */
export function collect(value: string, previous: string[]): string[] {
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return [...previous, ...parts];
}

export function parseInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError('Expected a whole number.');
  return number;
}

/** Counts and limits: a whole number of at least 1, refused by commander (exit 2) otherwise. */
export function parsePositiveInteger(value: string): number {
  const number = parseInteger(value);
  if (number < 1) throw new InvalidArgumentError('Expected a whole number of at least 1.');
  return number;
}
