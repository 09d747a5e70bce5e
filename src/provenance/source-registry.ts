import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { DatasetRecord, SourceRecord } from '../records';
import { seedDir } from '../seed/read-seed';
import { sourceSchema } from '../seed/seed-schema';

type Entry = z.infer<typeof sourceSchema>;

/** The entry that describes URL sources in general, not a source of its own. */
const URL_ENTRY = 'url';

let registry: Map<string, Entry> | undefined;

/**
 * data/seed/sources.yaml, read once: the seed loader validates it with the rest of the
 * seed, so a server whose seed loaded reads a valid file.
 */
function entries(): Map<string, Entry> {
  if (!registry) {
    const doc = parse(readFileSync(join(seedDir, 'sources.yaml'), 'utf8')) as { sources: unknown };
    registry = new Map(
      sourceSchema
        .array()
        .parse(doc.sources)
        .map((e) => [e.id, e]),
    );
  }
  return registry;
}

const isUrl = (id: string) => /^https?:\/\/\S+$/.test(id) && URL.canParse(id);

/** Whether resolving `id` needs the data set ledger (a key no registry-only entry answers). */
export function needsLedger(id: string): boolean {
  const entry = entries().get(id);
  return !entry || entry.kind === 'DATASET' || entry.kind === 'URL';
}

function fromEntry(id: string, e: Entry | undefined): SourceRecord {
  return {
    id,
    kind: e?.kind ?? 'URL',
    title: e?.title ?? null,
    publisher: e?.publisher ?? null,
    url: e?.url ?? null,
    licence: e?.licence ?? null,
    version: e?.version ?? null,
    date: e?.date ?? null,
    dateLabel: e?.dateLabel ?? null,
    revision: e?.revision ?? null,
    credit: null,
    note: e?.note ?? null,
  };
}

/** A data set: its ledger entry (what the import recorded) first, the registry filling what it lacks. */
function fromDataset(id: string, d: DatasetRecord): SourceRecord {
  const e = fromEntry(id, entries().get(d.slug) ?? { id: d.slug, kind: 'DATASET' });
  return {
    ...e,
    kind: 'DATASET',
    title: d.name,
    url: d.source && isUrl(d.source) ? d.source : e.url,
    licence: d.licence ?? e.licence,
    version: d.version ?? e.version,
    date: e.date ?? d.released,
    dateLabel: e.date ? e.dateLabel : d.released ? 'Released' : null,
    credit: d.credit,
  };
}

/**
 * A source key resolved: a registry entry, a data set of the ledger, or an http(s) URL
 * (itself, with the data set it is the address of when exactly one is); null for any
 * other key. `datasets` may be empty when needsLedger(id) is false.
 */
export function resolveSource(id: string, datasets: readonly DatasetRecord[]): SourceRecord | null {
  const dataset = datasets.find((d) => d.slug === id);
  if (dataset) return fromDataset(id, dataset);
  const entry = entries().get(id);
  if (entry && entry.id !== URL_ENTRY && entry.kind !== 'DATASET') return fromEntry(id, entry);
  if (!isUrl(id)) return null;
  const at = datasets.filter((d) => d.source === id);
  if (at.length === 1) return { ...fromDataset(id, at[0]), kind: 'URL', url: id };
  return { ...fromEntry(id, entries().get(URL_ENTRY)), url: id };
}

/** Every named source: the registry's own (not the URL description) and each data set of the ledger, by id. */
export function namedSources(datasets: readonly DatasetRecord[]): SourceRecord[] {
  const own = [...entries().values()].filter((e) => e.id !== URL_ENTRY && e.kind !== 'DATASET').map((e) => fromEntry(e.id, e));
  const sets = datasets.map((d) => fromDataset(d.slug, d));
  return [...own, ...sets].sort((a, b) => a.id.localeCompare(b.id));
}
