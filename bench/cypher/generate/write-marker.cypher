// What the graph holds, so the benchmark can say which size it measured.
MERGE (d:BenchDataset {id: 'dataset'})
SET d.size = $size, d.seed = $seed, d.nodes = $nodes, d.relationships = $relationships, d.generatedAt = $now
