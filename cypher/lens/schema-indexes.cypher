// @name schema-indexes
// Every index (with the constraint that owns it, if any): Hulian's marks, and which time properties are indexed.
// @returns rows: name, type, entityType, labelsOrTypes, properties, owningConstraint
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint
ORDER BY name
