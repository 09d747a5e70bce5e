import { benchCypher } from '../support/bench-cypher';

/**
 * Type definitions for @neo4j/graphql 7 equivalent to skillgraph's for what the
 * scenarios read: the same labels, relationship types and properties. Related skills
 * are computed on the fly through @cypher (bench/cypher/neo4j-graphql/related-on-the-fly),
 * as a user of @neo4j/graphql would, scored as skillgraph scores its stored lists.
 */
export function neo4jGraphqlTypeDefs(): string {
  return /* GraphQL */ `
    type Skill @node {
      slug: String!
      name: String!
      description: String
      category: String
      level: String
      demandRank: Int
      onetRank: Int
      trend: String
      aliases: [String!]
      prerequisites: [Skill!]! @relationship(type: "REQUIRES", direction: OUT)
      hiringCompanies: [Company!]! @relationship(type: "HIRES_FOR", direction: IN)
      resources: [Resource!]! @relationship(type: "TEACHES", direction: IN)
      frameworks: [Framework!]! @relationship(type: "COVERS", direction: OUT)
      occupations: [Occupation!]! @relationship(type: "USES", direction: IN, properties: "Uses")
      relatedSkills(first: Int = 10): [RelatedSkill!]! @cypher(statement: """${benchCypher('neo4j-graphql/related-on-the-fly').text}""", columnName: "r")
    }
    type Occupation @node {
      code: String!
      title: String!
    }
    type Uses @relationshipProperties {
      hot: Boolean!
      inDemand: Boolean!
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
