// @name schema-constraints
// Every constraint, to tell Hulian's databases from others and to show that a foreign one was left as it was.
// @returns rows: name, type, entityType, labelsOrTypes, properties
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
RETURN name, type, entityType, labelsOrTypes, properties
ORDER BY name
