/**
 * Aho–Corasick over UTF-16 code units, in flat typed arrays so that a few thousand patterns cost tens
 * of kilobytes and a scan is one pass with no allocation per character.
 *
 * Characters are mapped to dense classes (0 = in no pattern, which sends the scan back to the root);
 * the root's transitions are a dense array, the others an open-addressing hash keyed by state and class.
 */

export interface Automaton {
  /** Class of each code unit; 0 for code units that occur in no pattern. */
  classOf: Uint16Array;
  classCount: number;
  rootNext: Int32Array;
  hashKeys: Int32Array;
  hashValues: Int32Array;
  hashMask: number;
  fail: Int32Array;
  /** Key id that ends at a state, or -1. */
  out: Int32Array;
  /** Nearest state down the failure chain that has an output, or 0. */
  dict: Int32Array;
  /** Length in code units of each key id. */
  keyLength: Int32Array;
}

interface Trie {
  next: Map<number, number>[];
  out: number[];
}

function buildTrie(keys: string[], classOf: Uint16Array): { trie: Trie; classCount: number } {
  let classCount = 1;
  const trie: Trie = { next: [new Map()], out: [-1] };
  keys.forEach((key, id) => {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = classCount++;
      const cls = classOf[code]!;
      let nextState = trie.next[state]!.get(cls);
      if (nextState === undefined) {
        nextState = trie.next.length;
        trie.next.push(new Map());
        trie.out.push(-1);
        trie.next[state]!.set(cls, nextState);
      }
      state = nextState;
    }
    if (key.length > 0) trie.out[state] = id;
  });
  return { trie, classCount };
}

function hashOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

/** Builds the automaton for distinct, non-empty keys; key id = position in `keys`. */
export function buildAutomaton(keys: string[]): Automaton {
  const classOf = new Uint16Array(0x10000);
  const { trie, classCount } = buildTrie(keys, classOf);
  const states = trie.next.length;
  const rootNext = new Int32Array(classCount).fill(-1);
  let edges = 0;
  for (const m of trie.next) edges += m.size;
  let size = 16;
  while (size < edges * 2) size *= 2;
  const hashKeys = new Int32Array(size).fill(-1);
  const hashValues = new Int32Array(size);
  const mask = size - 1;
  const fail = new Int32Array(states);
  const out = Int32Array.from(trie.out);
  const dict = new Int32Array(states);
  const lookup = (state: number, cls: number): number => {
    if (state === 0) return rootNext[cls]!;
    const key = state * classCount + cls;
    for (let h = hashOf(key, mask); ; h = (h + 1) & mask) {
      const k = hashKeys[h]!;
      if (k === key) return hashValues[h]!;
      if (k === -1) return -1;
    }
  };
  // Breadth-first: a state's failure link is set before its children need it.
  const queue: number[] = [];
  for (const [cls, child] of trie.next[0]!) {
    rootNext[cls] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [cls, child] of trie.next[state]!) {
      const key = state * classCount + cls;
      let h = hashOf(key, mask);
      while (hashKeys[h] !== -1) h = (h + 1) & mask;
      hashKeys[h] = key;
      hashValues[h] = child;
      let f = fail[state]!;
      while (f !== 0 && lookup(f, cls) < 0) f = fail[f]!;
      const target = lookup(f, cls);
      fail[child] = target >= 0 && target !== child ? target : 0;
      dict[child] = out[fail[child]]! >= 0 ? fail[child] : dict[fail[child]]!;
      queue.push(child);
    }
  }
  const keyLength = Int32Array.from(keys, (k) => k.length);
  return { classOf, classCount, rootNext, hashKeys, hashValues, hashMask: mask, fail, out, dict, keyLength };
}

/**
 * Reports every occurrence of every key in `text[from, to)` as (key id, end offset), in order of end
 * offset and, at one end, longest key first. `emit` receives end offsets exclusive.
 */
export function scanAutomaton(
  a: Automaton,
  text: string,
  from: number,
  to: number,
  emit: (keyId: number, end: number) => void,
): void {
  const { classOf, classCount, rootNext, hashKeys, hashValues, hashMask, fail, out, dict } = a;
  let state = 0;
  for (let i = from; i < to; i++) {
    const cls = classOf[text.charCodeAt(i)]!;
    if (cls === 0) {
      state = 0;
      continue;
    }
    for (;;) {
      let nextState: number;
      if (state === 0) {
        nextState = rootNext[cls]!;
        if (nextState < 0) nextState = 0;
        state = nextState;
        break;
      }
      const key = state * classCount + cls;
      nextState = -1;
      for (let h = hashOf(key, hashMask); ; h = (h + 1) & hashMask) {
        const k = hashKeys[h]!;
        if (k === key) {
          nextState = hashValues[h]!;
          break;
        }
        if (k === -1) break;
      }
      if (nextState >= 0) {
        state = nextState;
        break;
      }
      state = fail[state]!;
    }
    if (state === 0) continue;
    let t = out[state]! >= 0 ? state : dict[state]!;
    while (t !== 0) {
      emit(out[t]!, i + 1);
      t = dict[t]!;
    }
  }
}

/** Approximate heap bytes held by the automaton's arrays. */
export function automatonBytes(a: Automaton): number {
  return (
    a.classOf.byteLength +
    a.rootNext.byteLength +
    a.hashKeys.byteLength +
    a.hashValues.byteLength +
    a.fail.byteLength +
    a.out.byteLength +
    a.dict.byteLength +
    a.keyLength.byteLength
  );
}
