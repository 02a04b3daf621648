// A yes-or-"ask valibot" verdict compiled from a valibot schema. valibot copies every object it
// checks and records each step, ~150 ms for 30,000 contacts; a file that is valid (nearly every
// load) needs only the yes. The check reads the schema itself, so the schema stays the one source
// of truth, and it answers false for anything it does not know: valibot then gives the verdict and
// the messages. It must never say yes where valibot would say no.
import type * as v from 'valibot';

type Check = (value: unknown) => boolean;
type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;
type SchemaNode = AnySchema & {
  pipe?: readonly { kind: string; type: string; requirement?: unknown }[];
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  items?: readonly SchemaNode[];
  wrapped?: SchemaNode;
  default?: unknown;
  options?: readonly unknown[];
};

const NEVER: Check = () => false;

/** Compiles `schema` into a function that returns true only for values valibot accepts. */
export function compileQuickCheck(schema: AnySchema): Check {
  return compileNode(schema as SchemaNode);
}

/** Schemas whose output is their input: the steps of a pipe after them see the value as written. */
const KEEPS_VALUE = new Set(['string', 'number', 'boolean', 'picklist']);

function compileNode(node: SchemaNode): Check {
  if (!node.pipe) return compileType(node);
  // A pipe's first item is its schema, itself perhaps a pipe; a schema later in it checks the value
  // too. valibot runs each step on the output of the one before: after an object (a copy), an
  // optional with a default or an unknown schema, that is not the value as written.
  const checks: Check[] = [];
  let keepsValue = true;
  for (const item of node.pipe) {
    if (!keepsValue) return NEVER;
    if (checks.length === 0 || item.kind === 'schema') {
      checks.push(compileNode(item as SchemaNode));
      keepsValue = KEEPS_VALUE.has(item.type);
    } else checks.push(compileAction(item));
  }
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileType(node: SchemaNode): Check {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'picklist': {
      const options = node.options!;
      return (value) => options.includes(value);
    }
    case 'optional': {
      const wrapped = compileNode(node.wrapped!);
      // valibot checks a default in place of a missing value; conet's defaults are fixed values.
      if (typeof node.default === 'function') return NEVER;
      const missing = node.default === undefined || wrapped(node.default);
      return (value) => (value === undefined ? missing : wrapped(value));
    }
    case 'array': {
      const item = compileNode(node.item!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // By index, as valibot reads it: an array's own iterator could say otherwise.
        for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
        return true;
      };
    }
    case 'tuple':
    case 'strict_tuple': {
      // A plain tuple checks its first items and ignores any more; a strict one refuses more.
      const items = node.items!.map(compileNode);
      const longest = node.type === 'tuple' ? Infinity : items.length;
      return (value) => Array.isArray(value) && value.length <= longest && items.every((item, index) => item(value[index]));
    }
    case 'loose_object': {
      const entries = Object.entries(node.entries!).map(([key, entry]) => {
        const check = compileNode(entry);
        // Only an optional field may be missing (with its default, if any, valid).
        return { key, check, mayBeMissing: entry.type === 'optional' && check(undefined) };
      });
      return (value) => {
        if (!value || typeof value !== 'object') return false;
        for (const { key, check, mayBeMissing } of entries) {
          // valibot looks a key up with `in`, so an inherited one would be read: leave those to it.
          if (key in value ? !Object.hasOwn(value, key) || !check((value as Record<string, unknown>)[key]) : !mayBeMissing) return false;
        }
        return true;
      };
    }
    default:
      return NEVER;
  }
}

function compileAction(action: { kind: string; type: string; requirement?: unknown }): Check {
  if (action.kind === 'metadata') return () => true;
  const requirement = action.requirement;
  switch (action.type) {
    case 'check':
    case 'integer':
      return requirement as Check;
    case 'regex': {
      const pattern = requirement as RegExp;
      // A global or sticky pattern keeps state between tests; valibot's verdict then depends on order.
      return pattern.global || pattern.sticky ? NEVER : (value) => pattern.test(value as string);
    }
    case 'min_length':
      return (value) => (value as { length: number }).length >= (requirement as number);
    case 'min_value':
      return (value) => (value as number) >= (requirement as number);
    case 'max_value':
      return (value) => (value as number) <= (requirement as number);
    default:
      return NEVER;
  }
}
