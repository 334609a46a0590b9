// @name dataset-presentation-add
// Gives the database a presentation when it has none (an import: its title); an existing one is kept as it is.
// @param props map — title, and optionally titleZh, subtitle, subtitleZh, description, descriptionZh, groups (JSON text)
// @returns one row: written (0 when a presentation was already there)
OPTIONAL MATCH (existing:Dataset)
WITH count(existing) AS existing
CALL (existing) {
  WITH existing WHERE existing = 0
  CREATE (d:Dataset)
  SET d = $props
  RETURN count(d) AS created
}
RETURN coalesce(created, 0) AS written
