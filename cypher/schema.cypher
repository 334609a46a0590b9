// Hulian schema: uniqueness constraints and indexes. Applied at every start; every statement is
// IF NOT EXISTS, so applying it twice changes nothing. Works on Neo4j Community 5.26.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (m:Milestone) REQUIRE m.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX milestone_date IF NOT EXISTS FOR (m:Milestone) ON (m.date)
;
CREATE CONSTRAINT reltype_type IF NOT EXISTS FOR (t:RelType) REQUIRE t.type IS UNIQUE
