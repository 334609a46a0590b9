// @name dataset-presentation-put
// Sets the dataset's presentation, replacing any there was (the one :Dataset node; the bundled dataset's seed and load).
// @param props map — title, titleZh, subtitle, subtitleZh, description, descriptionZh, groups (JSON text); strings only
// @returns one row: written
MERGE (d:Dataset)
SET d = $props
RETURN count(d) AS written
