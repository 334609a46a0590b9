// @name schema-names
// Every label, relationship type and property key the database holds: the only identifiers a lens template may use.
// @returns one row: labels, relationshipTypes, propertyKeys (lists of names)
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS relationshipTypes }
CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys }
RETURN labels, relationshipTypes, propertyKeys
