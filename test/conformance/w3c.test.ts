/**
 * Our Web Annotation export against the W3C Web Annotation test suite's MUST assertions (JSON Schema
 * draft-04, validated with ajv): every annotation against the annotation MUSTs, the collection against
 * the collection MUSTs, and the collection with its embedded page against the page MUSTs.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { toWebAnnotations, type AnnotationCollection } from '../../lib/clip/export/web-annotation';
import { makeClipping } from '../../lib/clip/test-fixtures';
import { conformanceClippings } from './samples';
import { CONFORMANCE, conformance, readJson } from './shared';

interface TestFile {
  assertions: (string | { assertions?: string[] })[];
}
interface Assertion {
  id: string;
  assertionType: string;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: string;
  errorMessage: string;
}

conformance('W3C Web Annotation test suite: MUST assertions', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(join(CONFORMANCE, 'wadm', 'definitions'))) {
    ajv.addSchema(readJson('wadm', 'definitions', file));
  }
  /** The assertions a `.test` file lists (nested groups flattened), read from the suite. */
  const musts = (testFile: string): Assertion[] =>
    readJson<TestFile>('wadm', testFile)
      .assertions.flatMap((a) => (typeof a === 'string' ? [a] : (a.assertions ?? [])))
      .map((path) => readJson<Assertion>('wadm', ...path.split('/')));

  const collection = JSON.parse(
    toWebAnnotations(conformanceClippings(), { now: new Date(Date.UTC(2024, 5, 1)) }),
  ) as AnnotationCollection;
  // Embedded annotations take the collection's @context (JSON-LD); the suite checks one annotation as
  // a document of its own, so each is checked as it would stand alone, with that context.
  const annotations = collection.first.items.map((a) => ({ '@context': collection['@context'], ...a }));

  const cases: [string, Assertion[], object[]][] = [
    ['annotations/annotationMusts.test', musts('annotations/annotationMusts.test'), annotations],
    ['collections/collectionMusts.test', musts('collections/collectionMusts.test'), [collection]],
    ['collections/pages/pageMusts.test', musts('collections/pages/pageMusts.test'), [collection]],
  ];

  it('lists the MUST assertions the suite names (54 for annotations, 10 collection, 15 page)', () => {
    expect(cases.map(([, list]) => list.length)).toEqual([54, 10, 15]);
    for (const [, list] of cases) for (const a of list) expect(a.assertionType).toBe('must');
    expect(annotations.length).toBe(conformanceClippings().length);
  });

  it.each(cases)('%s: every assertion holds for every object exported', (_file, list, objects) => {
    const failures: string[] = [];
    for (const assertion of list) {
      const validate = ajv.getSchema(assertion.id) ?? ajv.compile(assertion);
      for (const [i, object] of objects.entries()) {
        const valid = validate(object) as boolean;
        if (valid !== (assertion.expectedResult === 'valid')) {
          failures.push(
            `${assertion.id} on item ${i}: ${assertion.errorMessage} ${ajv.errorsText(validate.errors)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('every assertion holds for annotations of random content (property)', () => {
    const list = cases[0]![1].map((a) => [a, ajv.getSchema(a.id) ?? ajv.compile(a)] as const);
    const anyText = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.array(anyText, { maxLength: 3 }),
        anyText,
        (quote, note, tags, title) => {
          const file = toWebAnnotations([makeClipping(7, { quote: `q${quote}`, note, tags, title })]);
          const c = JSON.parse(file) as AnnotationCollection;
          const annotation = { '@context': c['@context'], ...c.first.items[0]! };
          for (const [assertion, validate] of list) {
            expect(validate(annotation), assertion.id).toBe(assertion.expectedResult === 'valid');
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the collection and its page carry IRIs (collectionIdValidated, pageIdValidated)', () => {
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(collection.first.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(collection.first.id).not.toBe(collection.id);
  });
});
