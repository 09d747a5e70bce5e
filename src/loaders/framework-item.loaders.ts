import DataLoader from 'dataloader';
import type { QueryRunner } from '../db/query-runner';
import type { FrameworkItemKind } from '../records';
import * as items from '../repositories/framework-item.repository';
import { listLoader, oneLoader } from './loader-factory';

/** Per-request loaders for framework items (merged into createLoaders). */
export function frameworkItemLoaders(db: QueryRunner) {
  return {
    frameworkItem: oneLoader(db, items.itemsByCodes),
    itemParent: oneLoader(db, items.parentsOf),
    itemChildren: listLoader(db, items.childrenOf),
    itemMitigations: listLoader(db, items.mitigationsOf),
    itemTechniques: listLoader(db, items.techniquesOf),
    itemTactics: listLoader(db, items.tacticsOf),
    itemCaseStudies: listLoader(db, items.caseStudiesOf),
    itemProcedure: listLoader(db, items.procedureOf),
    itemSkills: listLoader(db, items.skillsOfItems),
    itemResources: listLoader(db, items.resourcesOfItems),
    skillCovers: listLoader(db, items.coversOf),
    frameworkItemPage: groupedLoader<
      { slug: string; kind: FrameworkItemKind | null; after: string; limit: number },
      items.FrameworkItemPage
    >(
      (k) => `${k.kind}\u0000${k.after}\u0000${k.limit}`,
      (group) =>
        items.itemPages(
          db,
          group.map((k) => k.slug),
          group[0].kind,
          group[0].after,
          group[0].limit,
        ),
      [],
    ),
    frameworkItemCount: groupedLoader<{ slug: string; kind: FrameworkItemKind | null }, number>(
      (k) => String(k.kind),
      (group) =>
        items.itemCounts(
          db,
          group.map((k) => k.slug),
          group[0].kind,
        ),
      0,
    ),
    crosswalk: groupedLoader<{ slug: string; to: string | null; hops: items.CrosswalkHops }, import('../records').MappingRecord[]>(
      (k) => `${k.to}\u0000${k.hops}`,
      (group) =>
        items.crosswalkOf(
          db,
          group.map((k) => k.slug),
          group[0].to,
          group[0].hops,
        ),
      [],
    ),
  };
}

/**
 * A loader whose keys carry arguments besides the slug: keys with equal arguments
 * (`argsKey`) are answered by one query, so a list of N parents costs one round
 * trip per distinct argument set.
 */
function groupedLoader<K extends { slug: string }, V>(argsKey: (k: K) => string, fetch: (group: K[]) => Promise<Map<string, V>>, empty: V) {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const k of keys) groups.set(argsKey(k), [...(groups.get(argsKey(k)) ?? []), k]);
      const answers = new Map<string, Map<string, V>>();
      await Promise.all([...groups].map(async ([a, group]) => answers.set(a, await fetch(group))));
      return keys.map((k) => answers.get(argsKey(k))!.get(k.slug) ?? empty);
    },
    { cacheKeyFn: (k) => `${k.slug}\u0000${argsKey(k)}` },
  );
}
