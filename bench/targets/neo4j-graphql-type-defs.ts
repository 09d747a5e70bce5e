import { cypher } from '../../src/db/cypher';

/**
 * Type definitions for @neo4j/graphql 7 equivalent to skillgraph's for what the
 * scenarios read: the same labels, relationship types and properties. Related
 * skills come from skillgraph's own cypher/skill/related.cypher through @cypher,
 * so both compute exactly the same ranking.
 */
function relatedForThis(): string {
  let text = cypher('skill/related').text;
  const swap = (from: string, to: string) => {
    if (text.split(from).length !== 2) throw new Error(`skill/related.cypher changed: cannot find "${from}" once; update ${__filename}`);
    text = text.replace(from, to);
  };
  swap('UNWIND $slugs AS slug\nMATCH (s:Skill {slug: slug})', 'WITH this AS s, this.slug AS slug');
  swap('$limit', '$first');
  swap('RETURN slug, related', 'UNWIND related AS x\nRETURN { score: x.score, skill: { slug: x.node.slug, name: x.node.name } } AS r');
  return text;
}

export function neo4jGraphqlTypeDefs(): string {
  return /* GraphQL */ `
    type Skill @node {
      slug: String!
      name: String!
      description: String
      category: String
      level: String
      demandRank: Int
      trend: String
      aliases: [String!]
      prerequisites: [Skill!]! @relationship(type: "REQUIRES", direction: OUT)
      hiringCompanies: [Company!]! @relationship(type: "HIRES_FOR", direction: IN)
      resources: [Resource!]! @relationship(type: "TEACHES", direction: IN)
      frameworks: [Framework!]! @relationship(type: "COVERS", direction: OUT)
      relatedSkills(first: Int = 10): [RelatedSkill!]! @cypher(statement: """${relatedForThis()}""", columnName: "r")
    }
    type RelatedSkill {
      score: Float!
      skill: SkillRef!
    }
    type SkillRef {
      slug: String!
      name: String!
    }
    type Company @node {
      slug: String!
      name: String!
      website: String
      skills: [Skill!]! @relationship(type: "HIRES_FOR", direction: OUT)
    }
    type Resource @node {
      slug: String!
      kind: String!
      title: String!
      url: String
      level: String
      cost: String
      provider: [Provider!]! @relationship(type: "OFFERED_BY", direction: OUT)
    }
    type Provider @node {
      slug: String!
      name: String!
    }
    type Framework @node {
      slug: String!
      name: String!
      version: String
    }
  `;
}
