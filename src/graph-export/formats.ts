import type { GraphViewRecord } from '../graph-view/graph-view';
import { toCytoscapeJson } from './cytoscape';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toGraphology } from './graphology';

export interface ExportFormat {
  contentType: string;
  extension: string;
  write(view: GraphViewRecord, name: string): string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/** Every format `/graph/export` writes, by its `format=` name. */
export const EXPORT_FORMATS = {
  cytoscape: { contentType: 'application/json; charset=utf-8', extension: 'cyjs', write: (v, name) => json(toCytoscapeJson(v, name)) },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: toGraphml },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: toGexf },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', write: (v) => json(v) },
  graphology: {
    contentType: 'application/json; charset=utf-8',
    extension: 'graphology.json',
    write: (v, name) => json(toGraphology(v, name).export()),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: string): value is ExportFormatName {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);
}
