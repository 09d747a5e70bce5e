import { create } from 'xmlbuilder2';
import type { GraphViewRecord } from '../graph-view/graph-view';
import { flatten, type FlatAttributes, type FlatValue } from './flatten';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

type KeyType = 'boolean' | 'long' | 'double' | 'string';

function typeOf(value: FlatValue): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** One <key> per attribute name and element kind; mixed value types fall back to string. */
function declareKeys(items: FlatAttributes[]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeOf(value);
      const known = keys.get(name);
      if (known === undefined) keys.set(name, type);
      else if (known !== type)
        keys.set(name, known === 'long' && type === 'double' ? 'double' : known === 'double' && type === 'long' ? 'double' : 'string');
    }
  }
  return keys;
}

/** Lists (aliases, authors) are written as JSON arrays: GraphML has no list type. */
const text = (value: FlatValue): string => (Array.isArray(value) ? JSON.stringify(value) : String(value));

/**
 * GraphML (yEd, Gephi, NetworkX, igraph): typed <key> declarations, directed edges.
 * Written with xmlbuilder2, which escapes text and drops characters XML forbids.
 */
export function toGraphml(view: GraphViewRecord, name: string): string {
  const flat = flatten(view);
  const nodeKeys = declareKeys(flat.nodes.map((n) => n.attributes));
  const edgeKeys = declareKeys(flat.edges.map((e) => e.attributes));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
  });
  const ids = new Map<string, string>();
  const declare = (scope: 'node' | 'edge', keys: Map<string, KeyType>) => {
    for (const [attr, type] of keys) {
      const id = `${scope === 'node' ? 'n' : 'e'}${ids.size}`;
      ids.set(`${scope}:${attr}`, id);
      root.ele('key', { id, for: scope, 'attr.name': attr, 'attr.type': type });
    }
  };
  declare('node', nodeKeys);
  declare('edge', edgeKeys);
  const graph = root.ele('graph', { id: name, edgedefault: 'directed' });
  for (const n of flat.nodes) {
    const el = graph.ele('node', { id: n.id });
    for (const [attr, value] of Object.entries(n.attributes)) el.ele('data', { key: ids.get(`node:${attr}`) }).txt(text(value));
  }
  for (const e of flat.edges) {
    const el = graph.ele('edge', { id: e.id, source: e.source, target: e.target });
    for (const [attr, value] of Object.entries(e.attributes)) el.ele('data', { key: ids.get(`edge:${attr}`) }).txt(text(value));
  }
  return root.end({ prettyPrint: true });
}
