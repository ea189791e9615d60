-- Decision 014: the grams column also holds one key per filter value, so a
-- search with filters is one GIN scan; the two GIN indexes those filters
-- used are no longer read.
ALTER TABLE "resources" RENAME COLUMN "search_grams" TO "search_keys";--> statement-breakpoint
ALTER INDEX "resources_search_grams" RENAME TO "resources_search_keys";--> statement-breakpoint
DROP INDEX "resources_need_categories";--> statement-breakpoint
DROP INDEX "resources_weekdays";--> statement-breakpoint
-- The keys buildSearchKeys (src/features/resources/search-text.ts) adds to the grams.
UPDATE "resources" SET "search_keys" = "search_keys"
  || ARRAY(SELECT 'c:' || c::text FROM unnest("need_category_ids") AS c)
  || ARRAY(SELECT DISTINCT 'w:' || w::text FROM unnest("weekdays") AS w)
  || CASE WHEN "cost_kind" = 'free' THEN ARRAY['cost:free'] ELSE '{}'::text[] END
  || ARRAY(SELECT DISTINCT 'attr:' || a FROM unnest("attributes") AS a)
  || CASE WHEN "area_id" IS NOT NULL THEN ARRAY['a:' || "area_id"::text] ELSE '{}'::text[] END
  || CASE WHEN "district_id" IS NOT NULL THEN ARRAY['d:' || "district_id"::text] ELSE '{}'::text[] END;
