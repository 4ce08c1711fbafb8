/**
 * Where the conformance references live (`../shared/conformance`, beside this checkout; SOURCES.md
 * there says what each is), and how a suite that needs them behaves without them: under CI=1 it
 * fails, naming the folder; elsewhere it is skipped, saying so by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

export const CONFORMANCE = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'conformance');
export const present = existsSync(join(CONFORMANCE, 'SOURCES.md'));

/** Reads a file of the references, as text. */
export function readRef(...path: string[]): string {
  return readFileSync(join(CONFORMANCE, ...path), 'utf8');
}

/** Reads a JSON file of the references. */
export function readJson<T = unknown>(...path: string[]): T {
  return JSON.parse(readRef(...path)) as T;
}

/** A describe block that runs only with the references present (and fails under CI=1 without them). */
export function conformance(name: string, body: () => void): void {
  if (present) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    if (process.env.CI) {
      it(`needs ${CONFORMANCE} (../shared/conformance), which is missing`, () => {
        throw new Error(`${name}: the conformance references are missing at ${CONFORMANCE}`);
      });
    } else {
      it.skip(`skipped: ${name} needs ../shared/conformance, not found at ${CONFORMANCE}`, () => {});
    }
  });
}
