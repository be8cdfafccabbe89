-- CreateTable
CREATE TABLE "ChangeCounter" (
    "name" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ChangeCounter_pkey" PRIMARY KEY ("name")
);


-- What pathway readiness and lanes read besides the pathway itself. Raised once per statement,
-- in the writing transaction, so a reader never sees the change without the new count.
INSERT INTO "ChangeCounter" ("name", "value") VALUES ('pathway-inputs', 0);

CREATE FUNCTION "raise_pathway_inputs"() RETURNS trigger AS $$
BEGIN
  UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "name" = 'pathway-inputs';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DataNeed_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DataNeed"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();

CREATE TRIGGER "Organisation_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();

CREATE TRIGGER "DataCategory_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DataCategory"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();

-- What a maturity round's results read: assessments and their stored scores, the organisations
-- and places they name, the round and its framework's dimensions.
INSERT INTO "ChangeCounter" ("name", "value") VALUES ('maturity-results', 0);

CREATE FUNCTION "raise_maturity_results"() RETURNS trigger AS $$
BEGIN
  UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "name" = 'maturity-results';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Assessment_raises_maturity_results"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Assessment"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_maturity_results"();

CREATE TRIGGER "AssessmentScore_raises_maturity_results"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AssessmentScore"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_maturity_results"();

CREATE TRIGGER "Organisation_raises_maturity_results"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_maturity_results"();

CREATE TRIGGER "Place_raises_maturity_results"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Place"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_maturity_results"();

CREATE TRIGGER "AssessmentRound_raises_maturity_results"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AssessmentRound"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_maturity_results"();

CREATE TRIGGER "FrameworkDimension_raises_maturity_results"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FrameworkDimension"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_maturity_results"();

CREATE TRIGGER "MaturityFramework_raises_maturity_results"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MaturityFramework"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_maturity_results"();
