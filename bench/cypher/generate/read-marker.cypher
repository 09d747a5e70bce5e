MATCH (d:BenchDataset {id: 'dataset'})
RETURN d.size AS size, d.seed AS seed, d.nodes AS nodes, d.relationships AS relationships, toString(d.generatedAt) AS generatedAt
