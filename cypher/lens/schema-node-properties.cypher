// @name schema-node-properties
// The properties of each label combination with the types Neo4j has seen stored under them.
// @returns rows: nodeLabels (list), propertyName (null for a combination without properties), propertyTypes
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
RETURN nodeLabels, propertyName, propertyTypes
