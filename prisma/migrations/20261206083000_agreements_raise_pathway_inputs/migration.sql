-- Pathway readiness reads data sharing agreements (their status, dates, parties, data and listed
-- flows), so a change to any of them raises the counter that keys derived pathway data.

CREATE TRIGGER "Agreement_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agreement"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();

CREATE TRIGGER "AgreementParty_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementParty"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();

CREATE TRIGGER "AgreementDataCategory_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementDataCategory"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();

CREATE TRIGGER "AgreementFlow_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementFlow"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();

CREATE TRIGGER "AgreementSignature_raises_pathway_inputs"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementSignature"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_pathway_inputs"();
