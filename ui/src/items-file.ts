// Reading a requester's items from a CSV or JSON file.
//
// JSON: an array of strings (text items), or of objects `{ "text": "…" }` or
// `{ "uri": "ipfs://…", "contentHash": "0x…" }`.
// CSV: one item per line; a first line `text` or `uri,content_hash` is a header; a line
// `uri,0x<64 hex>` is an off-chain item, anything else is text (surrounding quotes removed).

export type ItemInput = { Text: string } | { Uri: { uri: string; contentHash: string } };

const HASH = /^0x[0-9a-fA-F]{64}$/;

function fromObject(v: unknown, n: number): ItemInput {
  if (typeof v === 'string') return { Text: v };
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string') return { Text: o.text };
    const hash = o.contentHash ?? o.content_hash;
    if (typeof o.uri === 'string' && typeof hash === 'string' && HASH.test(hash)) return { Uri: { uri: o.uri, contentHash: hash } };
  }
  throw new Error(`Item ${n + 1} is neither text nor {uri, contentHash}.`);
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

export function parseItems(name: string, text: string): ItemInput[] {
  let items: ItemInput[];
  if (name.toLowerCase().endsWith('.json') || /^\s*\[/.test(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(`${name} is not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(data)) throw new Error(`${name} must hold a JSON array of items.`);
    items = data.map(fromObject);
  } else {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length && /^\s*(text|uri\s*,\s*content_?hash)\s*$/i.test(lines[0])) lines.shift();
    items = lines.map((line) => {
      const comma = line.lastIndexOf(',');
      const hash = comma > 0 ? line.slice(comma + 1).trim() : '';
      if (HASH.test(hash)) return { Uri: { uri: unquote(line.slice(0, comma)), contentHash: hash } };
      return { Text: unquote(line) };
    });
  }
  if (items.length === 0) throw new Error(`${name} has no items.`);
  items.forEach((item, n) => {
    const body = 'Text' in item ? item.Text : item.Uri.uri;
    if (body.length === 0) throw new Error(`Item ${n + 1} is empty.`);
  });
  return items;
}
