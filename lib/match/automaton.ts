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

/**
 * The trie of the keys in flat arrays. Keys are inserted in sorted order, so each key shares its prefix
 * with the one before it, and new nodes are only ever appended as the last child of a node on the
 * current path: no search among children and no Map per node. This runs in every content script on
 * first use, in code the JIT has not optimised yet, so it does little and allocates little.
 */
interface Trie {
  nodes: number;
  /** Class of the edge into a node; first child, next sibling (-1: none); key id ending there (-1: none). */
  edge: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  childCount: Int32Array;
  out: Int32Array;
}

function buildTrie(keys: string[], classOf: Uint16Array): { trie: Trie; classCount: number } {
  // Classes by first appearance, in key order.
  let classCount = 1;
  let total = 0;
  for (const key of keys) {
    total += key.length;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = classCount++;
    }
  }
  const size = total + 1;
  const edge = new Uint16Array(size);
  const firstChild = new Int32Array(size).fill(-1);
  const nextSibling = new Int32Array(size).fill(-1);
  const lastChild = new Int32Array(size).fill(-1);
  const childCount = new Int32Array(size);
  const out = new Int32Array(size).fill(-1);
  // Sorted by code units with the engine's own sort (no comparator to call back): each key followed by
  // NUL, which sorts before any character a key holds, and its id. A key holding NUL itself (none does
  // in a pack) is sorted with a comparator instead.
  const tagged = new Array<string>(keys.length);
  for (let i = 0; i < keys.length; i++) tagged[i] = `${keys[i]!}\u0000${i}`;
  if (classOf[0] === 0) tagged.sort();
  else {
    const keyOf = (t: string): string => t.slice(0, t.lastIndexOf('\u0000'));
    tagged.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  }
  /** Node at each depth of the current path (path[0] = root). */
  const path = new Int32Array(size + 1);
  let nodes = 1;
  let previous = '';
  for (const entry of tagged) {
    const id = Number(entry.slice(entry.lastIndexOf('\u0000') + 1));
    const key = keys[id]!;
    if (key.length === 0) continue;
    let common = 0;
    const limit = Math.min(key.length, previous.length);
    while (common < limit && key.charCodeAt(common) === previous.charCodeAt(common)) common++;
    for (let depth = common; depth < key.length; depth++) {
      const parent = path[depth]!;
      const node = nodes++;
      edge[node] = classOf[key.charCodeAt(depth)]!;
      if (lastChild[parent]! < 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      childCount[parent]!++;
      path[depth + 1] = node;
    }
    out[path[key.length]!] = id;
    previous = key;
  }
  return { trie: { nodes, edge, firstChild, nextSibling, childCount, out }, classCount };
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
 * Builds the automaton for distinct keys; key id = position in `keys` (empty keys never match).
 * `denseBytes` bounds the dense rows beyond the first level (tests lower it to exercise the hashed edges).
 */
export function buildAutomaton(keys: string[], denseBytes = DENSE_BYTES): Automaton {
  return buildAutomatonParts(keys, denseBytes).automaton;
}

/**
 * The trie's shape beside the automaton, breadth-first: the class of the edge into each state and each
 * state's child count. The children of a state are consecutive states, in the order of their parents,
 * so these two arrays with `fail` and `out` are enough to assemble the rest (`assembleAutomaton`).
 */
export interface AutomatonParts {
  automaton: Automaton;
  edgeClass: Uint16Array;
  childCount: Int32Array;
}

export function buildAutomatonParts(keys: string[], denseBytes = DENSE_BYTES): AutomatonParts {
  const classOf = new Uint16Array(0x10000);
  const { trie, classCount } = buildTrie(keys, classOf);
  const { nodes: states, edge, firstChild, nextSibling, childCount } = trie;
  // Breadth-first numbering: order[new] = trie node, renumber[trie node] = new.
  const order = new Int32Array(states);
  const renumber = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (let c = firstChild[order[head]!]!; c >= 0; c = nextSibling[c]!) order[tail++] = c;
  }
  for (let id = 0; id < states; id++) renumber[order[id]!] = id;
  // Whole levels while they fit (a row is classCount state numbers of 2 or 4 bytes).
  const unit = states < 0x10000 ? 2 : 4;
  let dense = childCount[0]!;
  for (let levelStart = 1; ;) {
    let next = dense;
    for (let s = levelStart; s <= dense; s++) next += childCount[order[s]!]!;
    if (next === dense || (next + 1) * classCount * unit > denseBytes) break;
    levelStart = dense + 1;
    dense = next;
  }
  const denseNext =
    unit === 2 ? new Uint16Array((dense + 1) * classCount) : new Int32Array((dense + 1) * classCount);
  let edges = 0;
  for (let s = dense + 1; s < states; s++) edges += childCount[order[s]!]!;
  const slots = slotsFor(edges);
  const hash = new Int32Array(slots * 2).fill(-1);
  const mask = slots - 1;
  const fail = new Int32Array(states);
  const out = new Int32Array(states);
  for (let id = 0; id < states; id++) out[id] = trie.out[order[id]!]!;
  const dict = new Int32Array(states);
  // The root's row: its own edges, else back to the root.
  for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) denseNext[edge[c]!] = renumber[c]!;
  // Breadth-first: a state's failure link (and, if dense, its row) is set before its children need it.
  for (let state = 1; state < states; state++) {
    if (state <= dense) {
      // Its row is its failure state's (set earlier: a failure is shallower), overridden by its own edges.
      const f = fail[state]!;
      denseNext.copyWithin(state * classCount, f * classCount, (f + 1) * classCount);
    }
    for (let c = firstChild[order[state]!]!; c >= 0; c = nextSibling[c]!) {
      const child = renumber[c]!;
      const cls = edge[c]!;
      if (state <= dense) denseNext[state * classCount + cls] = child;
      else {
        const key = state * classCount + cls;
        let h = hashOf(key, mask);
        while (hash[2 * h] !== -1) h = (h + 1) & mask;
        hash[2 * h] = key;
        hash[2 * h + 1] = child;
      }
      // The failure state: the longest proper suffix that is a key prefix.
      let f = fail[state]!;
      let target: number;
      for (;;) {
        target = f <= dense ? denseNext[f * classCount + cls]! : hashLookup(hash, mask, f * classCount + cls);
        if (target >= 0 || f <= dense) break;
        f = fail[f]!;
      }
      fail[child] = target >= 0 && target !== child ? target : 0;
      dict[child] = out[fail[child]]! >= 0 ? fail[child] : dict[fail[child]]!;
    }
  }
  const keyLength = Int32Array.from(keys, (k) => k.length);
  const edgeClass = new Uint16Array(states);
  const stateChildren = new Int32Array(states);
  for (let id = 1; id < states; id++) edgeClass[id] = edge[order[id]!]!;
  for (let id = 0; id < states; id++) stateChildren[id] = childCount[order[id]!]!;
  return {
    automaton: { classOf, classCount, dense, denseNext, hash, hashMask: mask, fail, out, dict, keyLength },
    edgeClass,
    childCount: stateChildren,
  };
}

/** Hash slots for a number of hashed edges (a load of at most two thirds). */
function slotsFor(edges: number): number {
  let slots = 16;
  while (slots < edges * 1.5) slots *= 2;
  return slots;
}

/**
 * The automaton from its stored parts (see `AutomatonParts`): the dense rows, the hashed edges and the
 * output links, exactly as `buildAutomatonParts` makes them, without following any failure chain.
 * Returns null where the parts do not fit together.
 */
export function assembleAutomaton(
  classOf: Uint16Array,
  classCount: number,
  dense: number,
  fail: Int32Array,
  out: Int32Array,
  edgeClass: Uint16Array,
  childCount: Uint16Array | Int32Array,
  keyLength: Int32Array,
): Automaton | null {
  const states = fail.length;
  if (dense >= states || out.length !== states || edgeClass.length !== states || childCount.length !== states)
    return null;
  const unit = states < 0x10000 ? 2 : 4;
  const denseNext =
    unit === 2 ? new Uint16Array((dense + 1) * classCount) : new Int32Array((dense + 1) * classCount);
  let child = 1;
  for (let s = 0; s <= dense; s++) child += childCount[s]!;
  const slots = slotsFor(states - child);
  const mask = slots - 1;
  const hash = new Int32Array(slots * 2).fill(-1);
  const dict = new Int32Array(states);
  const keyCount = keyLength.length;
  child = 1;
  for (let state = 0; state < states; state++) {
    const f = fail[state]!;
    const o = out[state]!;
    if (f < 0 || (state > 0 && f >= state) || o < -1 || o >= keyCount) return null;
    if (state > 0) dict[state] = out[f]! >= 0 ? f : dict[f]!;
    if (state > 0 && state <= dense)
      denseNext.copyWithin(state * classCount, f * classCount, (f + 1) * classCount);
    const end = child + childCount[state]!;
    if (end > states) return null;
    for (; child < end; child++) {
      const cls = edgeClass[child]!;
      if (cls === 0 || cls >= classCount) return null;
      const key = state * classCount + cls;
      if (state <= dense) denseNext[key] = child;
      else {
        // hashOf, inlined: this loop runs cold, once per content script.
        let h = (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
        while (hash[2 * h] !== -1) h = (h + 1) & mask;
        hash[2 * h] = key;
        hash[2 * h + 1] = child;
      }
    }
  }
  if (child !== states) return null;
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
