-- AlterTable
ALTER TABLE "ForumPost" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "ForumPost_searchVector_idx" ON "ForumPost" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ForumTopic_title_trgm_idx" ON "ForumTopic" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);


-- Forum search. Each post's vector holds its topic's title (weight A), its category's name and the
-- topic's tags (B) and its own body (C). The title goes into every post of the topic, not only the
-- opening one, so that a search whose words are split between the title and a reply ("SystmOne"
-- in the title, "fax" in the third reply) still finds that reply; search shows one result per
-- topic, its best post. The price is rewriting a topic's vectors when it is renamed, retagged or
-- moved, and a category's when it is renamed: rare changes, done here in the same statement.
CREATE FUNCTION forum_post_search_vector(title text, category text, tags text[], body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(
      to_tsvector(
        'english'::regconfig,
        coalesce(category, '') || ' ' || array_to_string(coalesce(tags, '{}'::text[]), ' ')
      ),
      'B'
    )
    || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')
$$;

CREATE FUNCTION forum_post_search_vector_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT forum_post_search_vector(t."title", c."name", t."tags", NEW."body")
    INTO NEW."searchVector"
    FROM "ForumTopic" t
    LEFT JOIN "ForumCategory" c ON c."id" = t."categoryId"
    WHERE t."id" = NEW."topicId";
  RETURN NEW;
END
$$;

CREATE TRIGGER "ForumPost_search_vector"
  BEFORE INSERT OR UPDATE OF "body", "topicId" ON "ForumPost"
  FOR EACH ROW EXECUTE FUNCTION forum_post_search_vector_on_write();

CREATE FUNCTION forum_topic_search_vectors_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ForumPost" p
    SET "searchVector" = forum_post_search_vector(
      NEW."title",
      (SELECT c."name" FROM "ForumCategory" c WHERE c."id" = NEW."categoryId"),
      NEW."tags",
      p."body"
    )
    WHERE p."topicId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "ForumTopic_search_vectors"
  AFTER UPDATE OF "title", "tags", "categoryId" ON "ForumTopic"
  FOR EACH ROW
  WHEN (
    OLD."title" IS DISTINCT FROM NEW."title"
    OR OLD."tags" IS DISTINCT FROM NEW."tags"
    OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId"
  )
  EXECUTE FUNCTION forum_topic_search_vectors_on_change();

CREATE FUNCTION forum_category_search_vectors_on_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ForumPost" p
    SET "searchVector" = forum_post_search_vector(t."title", NEW."name", t."tags", p."body")
    FROM "ForumTopic" t
    WHERE t."id" = p."topicId" AND t."categoryId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "ForumCategory_search_vectors"
  AFTER UPDATE OF "name" ON "ForumCategory"
  FOR EACH ROW
  WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION forum_category_search_vectors_on_rename();

-- Posts written before this migration.
UPDATE "ForumPost" p
  SET "searchVector" = forum_post_search_vector(t."title", c."name", t."tags", p."body")
  FROM "ForumTopic" t
  LEFT JOIN "ForumCategory" c ON c."id" = t."categoryId"
  WHERE t."id" = p."topicId";
