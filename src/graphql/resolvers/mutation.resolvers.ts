import { requireRole } from '../../auth/authorize';
import { check, checkSlug, checkSource, companyInput, resourceInput, skillInput } from '../../domain/write-rules';
import type { Resolvers } from '../../generated/graphql';
import { setHiring, upsertCompany } from '../../writes/company-writes';
import { importGraph } from '../../writes/import-graph';
import { setTeaches, upsertResource } from '../../writes/resource-writes';
import { addPrerequisite, deleteSkill, removePrerequisite, upsertSkill } from '../../writes/skill-writes';
import type { GraphQLContext } from '../context';
import { MUTATION_ROLES } from '../mutation-roles';

type Field = keyof typeof MUTATION_ROLES;

/** Second line behind the authorization plugin: the resolver checks the role too. */
function allow(ctx: GraphQLContext, field: Field): void {
  requireRole(ctx.principal, MUTATION_ROLES[field], field);
}

/** One audit line per write: who, what, and the outcome. */
function audit<T extends { status: string }>(ctx: GraphQLContext, field: Field, target: Record<string, unknown>, result: T): T {
  ctx.log.info({ mutation: field, principal: ctx.principal.id, ...target, status: result.status }, `${field} ${result.status}`);
  return result;
}

export const mutationResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    upsertSkill: async (_, { input }, ctx) => {
      allow(ctx, 'upsertSkill');
      const value = check(skillInput, input, 'input');
      return audit(ctx, 'upsertSkill', { slug: value.slug }, await upsertSkill(ctx.db, value));
    },
    deleteSkill: async (_, args, ctx) => {
      allow(ctx, 'deleteSkill');
      const slug = checkSlug(args.slug, 'slug');
      return audit(ctx, 'deleteSkill', { slug }, await deleteSkill(ctx.db, slug));
    },
    addPrerequisite: async (_, args, ctx) => {
      allow(ctx, 'addPrerequisite');
      const [skill, requires] = [checkSlug(args.skill, 'skill'), checkSlug(args.requires, 'requires')];
      return audit(ctx, 'addPrerequisite', { skill, requires }, await addPrerequisite(ctx.db, skill, requires, checkSource(args.source)));
    },
    removePrerequisite: async (_, args, ctx) => {
      allow(ctx, 'removePrerequisite');
      const [skill, requires] = [checkSlug(args.skill, 'skill'), checkSlug(args.requires, 'requires')];
      return audit(ctx, 'removePrerequisite', { skill, requires }, await removePrerequisite(ctx.db, skill, requires));
    },
    upsertCompany: async (_, { input }, ctx) => {
      allow(ctx, 'upsertCompany');
      const value = check(companyInput, input, 'input');
      return audit(ctx, 'upsertCompany', { slug: value.slug }, await upsertCompany(ctx.db, value));
    },
    setHiring: async (_, args, ctx) => {
      allow(ctx, 'setHiring');
      const [company, skill] = [checkSlug(args.company, 'company'), checkSlug(args.skill, 'skill')];
      return audit(
        ctx,
        'setHiring',
        { company, skill, hiring: args.hiring },
        await setHiring(ctx.db, company, skill, args.hiring, checkSource(args.source)),
      );
    },
    upsertResource: async (_, { input }, ctx) => {
      allow(ctx, 'upsertResource');
      const value = check(resourceInput, input, 'input');
      return audit(ctx, 'upsertResource', { slug: value.slug }, await upsertResource(ctx.db, value));
    },
    linkResource: async (_, args, ctx) => {
      allow(ctx, 'linkResource');
      const [resource, skill] = [checkSlug(args.resource, 'resource'), checkSlug(args.skill, 'skill')];
      return audit(ctx, 'linkResource', { resource, skill }, await setTeaches(ctx.db, resource, skill, true, checkSource(args.source)));
    },
    unlinkResource: async (_, args, ctx) => {
      allow(ctx, 'unlinkResource');
      const [resource, skill] = [checkSlug(args.resource, 'resource'), checkSlug(args.skill, 'skill')];
      return audit(ctx, 'unlinkResource', { resource, skill }, await setTeaches(ctx.db, resource, skill, false, null));
    },
    importGraph: async (_, { input }, ctx) => {
      allow(ctx, 'importGraph');
      const started = Date.now();
      const result = await importGraph(ctx.db, input, {
        timeoutMs: ctx.config.limits.importTimeoutMs,
        // Rows written so far inside the (not yet committed) transaction, per chunk.
        onProgress: (rows) =>
          ctx.log.info({ mutation: 'importGraph', principal: ctx.principal.id, rowsWritten: rows }, 'importGraph progress'),
      });
      ctx.log.info({ mutation: 'importGraph', principal: ctx.principal.id, ...result, ms: Date.now() - started }, 'importGraph done');
      return result;
    },
  },
};
