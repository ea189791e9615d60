-- Fill the two search columns added in 0006 for listings that exist already;
-- the service keeps them current from now on.
UPDATE "resources" r SET "need_category_ids" = l.ids
FROM (SELECT "resource_id", array_agg(DISTINCT "need_category_id") AS ids FROM "resource_need_categories" GROUP BY "resource_id") l
WHERE l."resource_id" = r."id";
--> statement-breakpoint
-- The one- and two-character grams of the name line (what buildNameGrams computes).
UPDATE "resources" r SET "name_grams" = coalesce((
  SELECT array_agg(DISTINCT g.gram) FROM (
    SELECT substr(w.word, i, 1) AS gram
    FROM regexp_split_to_table(split_part(r."search_text", E'\n', 1), '\s+') AS w(word), generate_series(1, char_length(w.word)) AS i
    UNION
    SELECT substr(w.word, i, 2)
    FROM regexp_split_to_table(split_part(r."search_text", E'\n', 1), '\s+') AS w(word), generate_series(1, char_length(w.word) - 1) AS i
  ) g WHERE g.gram <> ''
), '{}');
