// @name schema-relationship-properties
// The properties of each relationship type with the types Neo4j has seen stored under them.
// @returns rows: relType (":`TYPE`"), propertyName (null for a type without properties), propertyTypes (e.g. ["DateTime"])
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
RETURN relType, propertyName, propertyTypes
