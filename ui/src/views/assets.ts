// Assets: a list, and a page per dataset or model with its lineage drawn as a graph (ancestors and
// descendants, royalty shares on the edges) and its contributors.
import type { ApiPromise } from '@polkadot/api';
import { h, svg } from '../dom';
import { perbillText as perbill } from '@lineage/client';
import { allAssets, asset as loadAsset, children, contributors, royaltyTable, type Asset } from '../queries';
import { short, type App } from '../state';

export async function assetsView(app: App): Promise<HTMLElement> {
  const list = await allAssets(app.api);
  return h('section', {},
    h('h2', {}, 'Assets'),
    list.length === 0 ? h('p', { class: 'muted' }, 'No assets registered yet.')
      : h('table', { id: 'assets' },
        h('thead', {}, h('tr', {}, ...['Asset', 'Kind', 'Owner', 'Parents', 'Status'].map((c) => h('th', {}, c)))),
        h('tbody', {}, list.map((a) => h('tr', {},
          h('td', {}, h('a', { href: `#/asset/${a.id}` }, `#${a.id}`)), h('td', {}, a.kind), h('td', { title: a.owner }, short(a.owner)),
          h('td', {}, a.parents.map((p) => `${p.relation} #${p.id}`).join(', ') || '—'), h('td', {}, a.status))))));
}

interface GraphNode {
  asset: Asset;
  layer: number;
}

interface GraphEdge {
  from: number;
  to: number;
  label: string;
}

/** Ancestors (negative layers, by distance through parent links) and descendants (two levels). */
async function lineage(api: ApiPromise, root: Asset): Promise<{ nodes: Map<number, GraphNode>; edges: GraphEdge[] }> {
  const nodes = new Map<number, GraphNode>([[root.id, { asset: root, layer: 0 }]]);
  const edges: GraphEdge[] = [];
  const table = new Map((await royaltyTable(api, root.id)).map((r) => [r.asset, r.share]));
  // Up: breadth-first through parents; each ancestor labelled with its share of root's revenue.
  let frontier = [root];
  for (let layer = -1; frontier.length && layer >= -6; layer--) {
    const next: Asset[] = [];
    for (const a of frontier) {
      for (const p of a.parents) {
        edges.push({ from: p.id, to: a.id, label: p.relation });
        if (nodes.has(p.id)) continue;
        const parent = await loadAsset(api, p.id);
        if (!parent) continue;
        nodes.set(p.id, { asset: parent, layer });
        next.push(parent);
      }
    }
    frontier = next;
  }
  // Down: children and grandchildren, each edge labelled with what it pays upstream.
  frontier = [root];
  for (let layer = 1; frontier.length && layer <= 2; layer++) {
    const next: Asset[] = [];
    for (const a of frontier) {
      for (const c of await children(api, a.id)) {
        const childTable = await royaltyTable(api, c.id);
        const share = childTable.find((r) => r.asset === root.id)?.share ?? 0;
        edges.push({ from: a.id, to: c.id, label: `${c.relation}, pays #${root.id} ${perbill(share)}` });
        if (nodes.has(c.id)) continue;
        const child = await loadAsset(api, c.id);
        if (!child) continue;
        nodes.set(c.id, { asset: child, layer });
        next.push(child);
      }
    }
    frontier = next;
  }
  // Ancestor edges also carry the ancestor's share of root's revenue.
  for (const e of edges) {
    const share = table.get(e.from);
    if (share !== undefined && nodes.get(e.from)!.layer < 0) e.label = `${e.label}, gets ${perbill(share)}`;
  }
  return { nodes, edges };
}

function drawGraph(app: App, root: number, nodes: Map<number, GraphNode>, edges: GraphEdge[]): SVGElement {
  const W = 190, H = 54, GX = 40, GY = 80;
  const layers = new Map<number, GraphNode[]>();
  for (const n of nodes.values()) layers.set(n.layer, [...(layers.get(n.layer) ?? []), n]);
  const order = [...layers.keys()].sort((a, b) => a - b);
  const widest = Math.max(...[...layers.values()].map((l) => l.length));
  const width = Math.max(widest * (W + GX) + GX, 480);
  const height = order.length * (H + GY) + GY / 2;
  const pos = new Map<number, { x: number; y: number }>();
  order.forEach((layer, row) => {
    const list = layers.get(layer)!.sort((a, b) => a.asset.id - b.asset.id);
    const span = list.length * (W + GX) - GX;
    list.forEach((n, i) => pos.set(n.asset.id, { x: (width - span) / 2 + i * (W + GX), y: GY / 2 + row * (H + GY) }));
  });
  const g = svg('svg', { id: 'lineage-graph', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Lineage graph' });
  g.appendChild(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
    svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#7a8699' }))));
  for (const e of edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + W / 2, y1 = a.y + H, x2 = b.x + W / 2, y2 = b.y;
    g.appendChild(svg('line', { x1, y1, x2, y2, class: 'edge', 'marker-end': 'url(#arrow)' }));
    g.appendChild(svg('text', { x: (x1 + x2) / 2 + 6, y: (y1 + y2) / 2, class: 'edge-label' }, e.label));
  }
  for (const [id, p] of pos) {
    const n = nodes.get(id)!;
    const link = svg('a', { href: `#/asset/${id}`, class: `node ${id === root ? 'root' : ''} ${n.asset.kind.toLowerCase()}`, 'data-asset': id });
    link.appendChild(svg('rect', { x: p.x, y: p.y, width: W, height: H, rx: 10 }));
    link.appendChild(svg('text', { x: p.x + 12, y: p.y + 22, class: 'node-title' }, `#${id} ${n.asset.kind}`));
    link.appendChild(svg('text', { x: p.x + 12, y: p.y + 42, class: 'node-sub' }, n.asset.uri.slice(0, 26)));
    g.appendChild(link);
  }
  void app;
  return g;
}

export async function assetView(app: App, id: number): Promise<HTMLElement> {
  const { api } = app;
  const a = await loadAsset(api, id);
  if (!a) return h('section', {}, h('p', { class: 'error' }, `There is no asset #${id}.`));
  const [{ nodes, edges }, people, table] = await Promise.all([lineage(api, a), contributors(api, id), royaltyTable(api, id)]);
  const total = people.reduce((s, c) => s + c.points, 0n);
  return h('section', { id: 'asset' },
    h('h2', {}, `Asset #${a.id}: ${a.kind}`),
    h('dl', {},
      h('dt', {}, 'Owner'), h('dd', {}, a.owner),
      h('dt', {}, 'Content hash'), h('dd', { class: 'mono' }, a.contentHash),
      h('dt', {}, 'URI'), h('dd', {}, a.uri),
      h('dt', {}, 'Status'), h('dd', {}, a.status),
      h('dt', {}, 'Pays upstream'), h('dd', {}, table.length ? table.map((r) => `#${r.asset} ${perbill(r.share)}`).join(', ') : 'nothing (no ancestors with royalties)')),
    h('h3', {}, 'Lineage'),
    h('div', { class: 'graph' }, drawGraph(app, id, nodes, edges)),
    h('h3', {}, 'Contributors'),
    people.length === 0 ? h('p', { class: 'muted' }, 'No contributors recorded.')
      : h('table', { id: 'contributors' },
        h('thead', {}, h('tr', {}, ...['Account', 'Points', 'Share', 'By kind'].map((c) => h('th', {}, c)))),
        h('tbody', {}, people.map((c) => h('tr', {},
          h('td', { title: c.who }, short(c.who)), h('td', { class: 'num' }, c.points.toString()),
          h('td', { class: 'num' }, total ? `${((Number(c.points) * 100) / Number(total)).toFixed(1)}%` : '—'),
          h('td', {}, c.byKind.map((k) => `${k.kind} ${k.points}`).join(', ')))))));
}
