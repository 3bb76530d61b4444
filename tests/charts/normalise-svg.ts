/**
 * Turns a chart's static markup into a stable, reviewable SVG file: the first `<svg>` element,
 * React's generated ids renamed `id-1`, `id-2`, … (references included), long decimals in
 * attributes rounded, one element per line.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Decimals kept in attribute values: enough to see a real change, few enough to stay stable. */
const DECIMALS = 3;
/** Attributes that hold a space-separated list of ids. */
const ID_LIST_ATTRS = new Set([
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'for',
]);
/** Elements written on one line with everything inside them (whitespace in text is significant). */
const INLINE = new Set(['text', 'title', 'desc', 'style']);

type Attr = [name: string, value: string];
interface Element {
  name: string;
  attrs: Attr[];
  children: Node[];
}
type Node = Element | string;

const TOKEN = /<\/?[^<>]+>|[^<]+/g;
const OPEN = /^<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>$/;
const ATTR = /\s+([^\s=/>]+)="([^"]*)"/g;

function parseAttrs(text: string): Attr[] {
  return [...text.matchAll(ATTR)].map((m) => [m[1] as string, m[2] as string]);
}

/** A tree of the markup; throws on anything that is not well-formed (React always writes it so). */
function parse(markup: string): Element {
  const root: Element = { name: '#root', attrs: [], children: [] };
  const stack: Element[] = [root];
  for (const [token] of markup.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as Element;
    if (!token.startsWith('<')) {
      top.children.push(token);
    } else if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      if (top.name !== name) throw new Error(`normaliseSvg: </${name}> closes <${top.name}>`);
      stack.pop();
    } else if (token.startsWith('<!--')) {
      continue;
    } else {
      const m = OPEN.exec(token);
      if (!m) throw new Error(`normaliseSvg: cannot read the tag ${token}`);
      const el: Element = { name: m[1] as string, attrs: parseAttrs(m[2] ?? ''), children: [] };
      top.children.push(el);
      if (m[3] !== '/') stack.push(el);
    }
  }
  if (stack.length !== 1)
    throw new Error(`normaliseSvg: <${stack[stack.length - 1]?.name}> is not closed`);
  return root;
}

function* walk(el: Element): Generator<Element> {
  yield el;
  for (const c of el.children) if (typeof c !== 'string') yield* walk(c);
}

function findSvg(root: Element): Element {
  for (const el of walk(root)) if (el.name === 'svg') return el;
  throw new Error('normaliseSvg: the markup has no <svg> element');
}

/** Renames every id defined in the picture, in document order, and every reference to it. */
function renumberIds(svg: Element): void {
  const ids = new Map<string, string>();
  for (const el of walk(svg))
    for (const [name, value] of el.attrs)
      if (name === 'id' && !ids.has(value)) ids.set(value, `id-${ids.size + 1}`);
  const ref = (id: string) => ids.get(id) ?? id;
  for (const el of walk(svg)) {
    el.attrs = el.attrs.map(([name, value]): Attr => {
      if (name === 'id') return [name, ref(value)];
      if (ID_LIST_ATTRS.has(name)) return [name, value.split(/\s+/).map(ref).join(' ')];
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#'))
        return [name, `#${ref(value.slice(1))}`];
      return [name, value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ref(id)})`)];
    });
  }
}

/** `58.400000000000006` → `58.4`: float noise in scales and sums is not a change. */
function roundDecimals(svg: Element): void {
  const re = new RegExp(`-?\\d+\\.\\d{${DECIMALS + 1},}`, 'g');
  for (const el of walk(svg))
    el.attrs = el.attrs.map(([n, v]): Attr => [
      n,
      v.replace(re, (d) => String(+(+d).toFixed(DECIMALS))),
    ]);
}

function inline(node: Node): string {
  if (typeof node === 'string') return node;
  return `${openTag(node, node.children.length === 0)}${node.children.map(inline).join('')}${
    node.children.length === 0 ? '' : `</${node.name}>`
  }`;
}

function openTag(el: Element, empty: boolean): string {
  const attrs = el.attrs.map(([n, v]) => ` ${n}="${v}"`).join('');
  return `<${el.name}${attrs}${empty ? '/>' : '>'}`;
}

function print(el: Element, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const texts = el.children.filter((c) => typeof c === 'string');
  if (el.children.length === 0 || INLINE.has(el.name) || texts.length > 0) {
    out.push(pad + inline(el));
    return;
  }
  out.push(pad + openTag(el, false));
  for (const c of el.children) print(c as Element, depth + 1, out);
  out.push(`${pad}</${el.name}>`);
}

/** The chart's `<svg>` from static markup, normalised and pretty-printed, ending with a newline. */
export function normaliseSvg(markup: string): string {
  const svg = findSvg(parse(markup));
  if (!svg.attrs.some(([n]) => n === 'xmlns')) svg.attrs.unshift(['xmlns', SVG_NS]);
  renumberIds(svg);
  roundDecimals(svg);
  const out: string[] = [];
  print(svg, 0, out);
  return `${out.join('\n')}\n`;
}
