import { cypher } from '../db/cypher';
import { str } from '../db/repository-helpers';
import type { DatasetRecord } from '../records';
import { all } from './batch-query';

const Q = { all: cypher('dataset/all') };

const toDataset = (p: Record<string, unknown>): DatasetRecord => ({
  slug: String(p.slug),
  name: str(p.name) ?? String(p.slug),
  version: str(p.version),
  released: str(p.released),
  source: str(p.source),
  licence: str(p.licence),
  credit: str(p.credit),
  importedAt: str(p.importedAt),
});

/** Every entry of the data set ledger, by slug. */
export const allDatasets = all(Q.all, toDataset);
