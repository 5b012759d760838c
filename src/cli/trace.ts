/**
 * `npm run --silent trace -- FILE` (FILE may be `-` for stdin): reads a scenario file and prints
 * one JSON object: h (and c), every gate, the pre-activations, and the gradients of L = Σ h_t.
 * Bad input exits with status 2 and one line on stderr naming the field.
 * Imports Node and src/engine only.
 */
import { readFileSync } from 'node:fs';
import { parseScenario, traceScenario } from '../engine/io';

const USAGE = 'usage: npm run --silent trace -- FILE   (a scenario JSON file, or - for stdin)';

/** The one line that goes to stderr: no stack, no second line. */
function refuse(message: string, status = 2): void {
  process.stderr.write(`trace: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = status;
}

function main(args: string[]): void {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length !== 1) return refuse(USAGE);
  const file = args[0];
  const name = file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    return refuse(`cannot read ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return refuse(`${name} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) return refuse(`${name}: ${parsed.error}`);
  // exitCode, never exit(): a large result must finish draining into a pipe.
  process.stdout.write(`${JSON.stringify(traceScenario(parsed.scenario))}\n`);
}

// A reader that stops early (`| head`) closes the pipe: nothing went wrong, so no stack either.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  refuse(`cannot write the result: ${e.message}`, 1);
});

try {
  main(process.argv.slice(2));
} catch (e) {
  refuse(`internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
}
