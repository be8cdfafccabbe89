-- The directory's pages are kept per "organisations" change counter too, and show each
-- organisation's endorsed charter: endorsements and charter versions raise it as organisations and
-- places do, once per statement, in the writing transaction.
CREATE TRIGGER "CharterEndorsement_raises_organisations"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CharterEndorsement"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('organisations');

CREATE TRIGGER "CharterVersion_raises_organisations"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CharterVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('organisations');
