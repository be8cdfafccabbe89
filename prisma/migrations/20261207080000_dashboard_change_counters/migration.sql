-- What the programme dashboard's costliest figures count besides organisations: commitments, and
-- the forums' discussions and posts (with the categories and memberships that decide who reads
-- them and in which scope). Raised once per statement, in the writing transaction, like the other
-- change counters, by one function that raises the counter its trigger names. A like or a reply
-- count changes no figure, so only the columns the figures read raise "forum-activity" on update.
CREATE FUNCTION "raise_change_counter"() RETURNS trigger AS $$
BEGIN
  UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "name" = TG_ARGV[0];
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

INSERT INTO "ChangeCounter" ("name", "value") VALUES ('commitments', 0), ('forum-activity', 0);

CREATE TRIGGER "Commitment_raises_commitments"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Commitment"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('commitments');

CREATE TRIGGER "ForumPost_raises_forum_activity"
  AFTER INSERT OR UPDATE OF "topicId", "authorId", "status", "createdAt" OR DELETE OR TRUNCATE
  ON "ForumPost"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('forum-activity');

CREATE TRIGGER "ForumTopic_raises_forum_activity"
  AFTER INSERT OR UPDATE OF "kind", "categoryId", "authorId", "acceptedPostId", "createdAt"
  OR DELETE OR TRUNCATE ON "ForumTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('forum-activity');

CREATE TRIGGER "ForumCategory_raises_forum_activity"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ForumCategory"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('forum-activity');

CREATE TRIGGER "ForumCategoryOrganisation_raises_forum_activity"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ForumCategoryOrganisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('forum-activity');

CREATE TRIGGER "Membership_raises_forum_activity"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Membership"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_change_counter"('forum-activity');
