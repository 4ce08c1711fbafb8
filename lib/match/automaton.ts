/**
 * Aho–Corasick over UTF-16 code units, in flat typed arrays so that a few thousand patterns cost tens
 * of kilobytes and a scan is one pass with no allocation per character.
 *
 * Characters are mapped to dense classes (0 = in no pattern, which sends the scan back to the root).
 * States are numbered breadth-first, so the root (0) and the shallow states (1..`dense`) come first:
 * those have complete transition rows in one dense table (failures already followed), which is where a
 * scan spends most characters. As many whole levels get dense rows as fit in `DENSE_BYTES`, the root's
 * level and the first always. Deeper states keep only their own edges, in an open-addressing hash keyed
 * by state and class, and fall back along their failure links.
 */

export interface Automaton {
  /** Class of each code unit; 0 for code units that occur in no pattern. */
  classOf: Uint16Array;
  classCount: number;
  /** Highest state number with a dense row: states 0..dense have rows in `denseNext`. */
  dense: number;
  /** Next state of state s (s <= dense) on class c at s * classCount + c; failures already applied. */
  denseNext: Uint16Array | Int32Array;
  /** Edges of deeper states: pairs (state * classCount + class, next state) at 2h, 2h + 1; key -1 = empty. */
  hash: Int32Array;
  /** Slot mask of `hash` (slots = hash.length / 2). */
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

/** Memory for dense rows; the root and the first level get theirs whatever their size. */
const DENSE_BYTES = 1 << 18;

function hashOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

/** The edge (state, cls) of a deeper state from the hash, or -1. */
function hashLookup(hash: Int32Array, mask: number, key: number): number {
  for (let h = hashOf(key, mask); ; h = (h + 1) & mask) {
    const k = hash[2 * h]!;
    if (k === key) return hash[2 * h + 1]!;
    if (k === -1) return -1;
  }
}

/**
 * Builds the automaton for distinct, non-empty keys; key id = position in `keys`. `denseBytes` bounds
 * the dense rows beyond the first level (tests lower it to exercise the hashed edges).
 */
export function buildAutomaton(keys: string[], denseBytes = DENSE_BYTES): Automaton {
  const classOf = new Uint16Array(0x10000);
  const { trie, classCount } = buildTrie(keys, classOf);
  const states = trie.next.length;
  // Breadth-first numbering: trie state → automaton state.
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++)
    for (const child of trie.next[order[head]!]!.values()) order.push(child);
  const renumber = new Int32Array(states);
  order.forEach((old, id) => (renumber[old] = id));
  // Whole levels while they fit (a row is classCount state numbers of 2 or 4 bytes).
  const unit = states < 0x10000 ? 2 : 4;
  let dense = trie.next[0]!.size;
  for (let levelStart = 1; ;) {
    let next = dense;
    for (let s = levelStart; s <= dense; s++) next += trie.next[order[s]!]!.size;
    if (next === dense || (next + 1) * classCount * unit > denseBytes) break;
    levelStart = dense + 1;
    dense = next;
  }
  const denseNext =
    unit === 2 ? new Uint16Array((dense + 1) * classCount) : new Int32Array((dense + 1) * classCount);
  let edges = 0;
  for (let s = dense + 1; s < states; s++) edges += trie.next[order[s]!]!.size;
  let slots = 16;
  while (slots < edges * 1.5) slots *= 2;
  const hash = new Int32Array(slots * 2).fill(-1);
  const mask = slots - 1;
  const fail = new Int32Array(states);
  const out = new Int32Array(states);
  order.forEach((old, id) => (out[id] = trie.out[old]!));
  const dict = new Int32Array(states);
  const lookup = (state: number, cls: number): number => {
    if (state <= dense) return denseNext[state * classCount + cls]!;
    return hashLookup(hash, mask, state * classCount + cls);
  };
  // The root's row: its own edges, else back to the root.
  for (const [cls, child] of trie.next[0]!) denseNext[cls] = renumber[child]!;
  // Breadth-first: a state's failure link (and, one deep, its dense row) is set before its children need it.
  for (let state = 1; state < states; state++) {
    const edgesOf = trie.next[order[state]!]!;
    if (state <= dense) {
      // Its row is its failure state's (set earlier: a failure is shallower), overridden by its own edges.
      const f = fail[state]!;
      denseNext.copyWithin(state * classCount, f * classCount, (f + 1) * classCount);
    }
    for (const [cls, oldChild] of edgesOf) {
      const child = renumber[oldChild]!;
      if (state <= dense) denseNext[state * classCount + cls] = child;
      else {
        const key = state * classCount + cls;
        let h = hashOf(key, mask);
        while (hash[2 * h] !== -1) h = (h + 1) & mask;
        hash[2 * h] = key;
        hash[2 * h + 1] = child;
      }
      let f = fail[state]!;
      while (f > dense && lookup(f, cls) < 0) f = fail[f]!;
      const target = lookup(f, cls);
      fail[child] = target >= 0 && target !== child ? target : 0;
      dict[child] = out[fail[child]]! >= 0 ? fail[child] : dict[fail[child]]!;
    }
  }
  const keyLength = Int32Array.from(keys, (k) => k.length);
  return { classOf, classCount, dense, denseNext, hash, hashMask: mask, fail, out, dict, keyLength };
}

/** The state after reading code unit `code` in `state` (the scan's transition, one character at a time). */
export function stepAutomaton(a: Automaton, state: number, code: number): number {
  const cls = a.classOf[code]!;
  if (cls === 0) return 0;
  while (state > a.dense) {
    const next = hashLookup(a.hash, a.hashMask, state * a.classCount + cls);
    if (next >= 0) return next;
    state = a.fail[state]!;
  }
  return a.denseNext[state * a.classCount + cls]!;
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
  const { classOf, classCount, dense, denseNext, hash, hashMask, fail, out, dict } = a;
  let state = 0;
  for (let i = from; i < to; i++) {
    const cls = classOf[text.charCodeAt(i)]!;
    if (cls === 0) {
      state = 0;
      continue;
    }
    // Deeper states: own edge from the hash, else follow the failure link, until a dense row answers.
    while (state > dense) {
      const key = state * classCount + cls;
      let nextState = -1;
      for (let h = hashOf(key, hashMask); ; h = (h + 1) & hashMask) {
        const k = hash[2 * h]!;
        if (k === key) {
          nextState = hash[2 * h + 1]!;
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
    if (state <= dense) {
      state = denseNext[state * classCount + cls]!;
      if (state === 0) continue;
    }
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
    a.denseNext.byteLength +
    a.hash.byteLength +
    a.fail.byteLength +
    a.out.byteLength +
    a.dict.byteLength +
    a.keyLength.byteLength
  );
}
