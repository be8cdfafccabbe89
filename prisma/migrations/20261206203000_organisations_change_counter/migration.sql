-- What the coalition's summary (organisations by place and by type, on the home page) reads.
-- Raised once per statement, in the writing transaction, like the other change counters.
INSERT INTO "ChangeCounter" ("name", "value") VALUES ('organisations', 0);

CREATE FUNCTION "raise_organisations"() RETURNS trigger AS $$
BEGIN
  UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "name" = 'organisations';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Organisation_raises_organisations"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_organisations"();

CREATE TRIGGER "Place_raises_organisations"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Place"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_organisations"();
