/**
 * HTML source to a DOM, as a browser builds it. parse5 implements the WHATWG parsing algorithm (implied
 * html, head and body, unclosed and misnested tags, foster parenting, quirks mode); its tree is then copied
 * node by node into a linkedom document, the DOM our text index walks in Node. Copying the tree, rather than
 * serialising it for linkedom to parse again, keeps the tree exactly as parse5 built it: linkedom's own
 * parser would rebuild some serialisations differently (a table inside a paragraph in quirks mode).
 */
import { parseHTML } from 'linkedom';
import { html as spec, parse, type DefaultTreeAdapterTypes as T } from 'parse5';

type P5Parent = T.Document | T.Element | T.DocumentFragment;

const isElement = (n: T.ChildNode): n is T.Element => 'tagName' in n;

function copyAttributes(from: T.Element, to: Element): void {
  for (const a of from.attrs) {
    try {
      to.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
    } catch {
      // A name the DOM refuses (broken markup such as `<p "x">`): a browser would keep it, but no rule of
      // ours reads such an attribute, so the element is kept without it.
    }
  }
}

/** Copies the children of `from` under `to`, without recursion (hostile pages nest deeply). */
function copyChildren(doc: Document, from: P5Parent, to: Node): void {
  const stack: [P5Parent, Node][] = [[from, to]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const child of source.childNodes) {
      if (child.nodeName === '#text') target.appendChild(doc.createTextNode((child as T.TextNode).value));
      else if (child.nodeName === '#comment')
        target.appendChild(doc.createComment((child as T.CommentNode).data));
      else if (isElement(child)) {
        const el =
          child.namespaceURI === spec.NS.HTML
            ? doc.createElement(child.tagName)
            : doc.createElementNS(child.namespaceURI, child.tagName);
        copyAttributes(child, el);
        target.appendChild(el);
        stack.push([child.tagName === 'template' ? (child as T.Template).content : child, el]);
      }
    }
  }
}

/** The DOM a browser would build from `html`, as a linkedom document. */
export function parseDocument(html: string): Document {
  const tree = parse(html);
  const root = tree.childNodes.find((n): n is T.Element => isElement(n) && n.tagName === 'html');
  const { document } = parseHTML('<!doctype html><html></html>');
  const target = document.documentElement;
  if (root) {
    copyAttributes(root, target);
    copyChildren(document, root, target);
  }
  return document;
}
