// @name dataset-presentation
// The dataset's presentation: its title, subtitle and description, and its curated groups as JSON text (data/dataset.json).
// @returns at most one row: dataset (the :Dataset node's properties)
MATCH (d:Dataset)
RETURN properties(d) AS dataset
ORDER BY d.title
LIMIT 1
