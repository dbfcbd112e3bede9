// The performance targets, checked against a benchmark's figures and printed as holding or not.
import fs from 'node:fs';
import path from 'node:path';

const RESULTS = '.bench';

/** Saves a run's result, for a later run at another size to compare with. */
export function saveResult(name, result) {
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, `${name}.json`), JSON.stringify(result, null, 2));
}

/** A saved result, or undefined when that run has not been made here. */
export function savedResult(name) {
  const file = path.join(RESULTS, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** Prints one target per line and returns them as `{ name: { holds, detail } }` (holds is null when not checked). */
export function report(targets) {
  const out = {};
  for (const [name, holds, detail] of targets) {
    const verdict = holds === null ? 'not checked' : holds ? 'holds' : 'FAILS';
    console.log(`target ${name.padEnd(34)} ${verdict.padEnd(11)} ${detail}`);
    out[name] = { holds, detail };
  }
  return out;
}
