-- What the pathways list reads besides each pathway's summary: the pathways, their names and
-- states, and their published versions. Raised once per statement, in the writing transaction,
-- like the other change counters, so the sorted list is kept until a pathway changes.
INSERT INTO "ChangeCounter" ("name", "value") VALUES ('pathways', 0);

CREATE FUNCTION "raise_pathways"() RETURNS trigger AS $$
BEGIN
  UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "name" = 'pathways';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Pathway_raises_pathways"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Pathway"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathways"();

CREATE TRIGGER "PathwayVersion_raises_pathways"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PathwayVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathways"();
