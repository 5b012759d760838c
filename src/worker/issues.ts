/**
 * Turns zod issues into one line a person can act on: the field's path and what was wrong.
 * Shared by the worker's request validation and the app's URL and embed validation.
 * Imports zod's types only.
 */
import type { core } from 'zod/mini';

/** `cells[0].config.hiddenSize` style path. */
export function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(message)';
}

function describe(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = (issue as { received?: string }).received;
      if (received === 'NaN' || received === 'Infinity') return `${received} is refused: expected a finite number`;
      return issue.expected === 'int' ? 'must be a whole number' : `expected ${issue.expected}`;
    }
    case 'too_small':
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${issue.origin === 'array' || issue.origin === 'string' ? ' long' : ''}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${issue.origin === 'array' || issue.origin === 'string' ? ' long' : ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any accepted form';
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return issue.divisor === 1 ? 'must be a whole number' : `must be a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** The first few issues as `path: problem; path: problem`. */
export function describeIssues(issues: readonly core.$ZodIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => `${pathOf(i.path)}: ${describe(i)}`);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return shown.join('; ') + more;
}
