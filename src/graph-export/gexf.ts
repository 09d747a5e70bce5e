import { write } from 'graphology-gexf';
import type { GraphViewRecord } from '../graph-view/graph-view';
import { kindColor } from '../graph-view/kind-style';
import { toGraphology } from './graphology';

/** XML 1.0 forbids most control characters; xml-writer does not drop them itself. */
// eslint-disable-next-line no-control-regex -- matching those characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (attributes: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(attributes).map(([k, v]) => [
      k,
      typeof v === 'string' ? v.replace(INVALID_XML, '') : Array.isArray(v) ? v.map((x) => String(x).replace(INVALID_XML, '')) : v,
    ]),
  );

/**
 * GEXF 1.3 (Gephi), written by graphology-gexf: nodes carry their label, typed
 * attributes and a colour and size by kind and degree; edges their type as the
 * GEXF edge `kind` and `label`.
 */
export function toGexf(view: GraphViewRecord, name: string): string {
  const graph = toGraphology(view, name);
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, ...rest } = clean(attributes);
      return {
        label: String(label),
        attributes: rest,
        viz: { color: kindColor(String(attributes.kind)), size: 4 + Math.sqrt(Number(attributes.degree) || 0) * 2 },
      };
    },
    formatEdge: (_key, attributes) => ({ label: String(attributes.type), kind: String(attributes.type), attributes: clean(attributes) }),
  });
}
