-- Listings imported before the importer put attribute words (車いす対応,
-- ばりあふりーといれ …) in the search text are not found by them until
-- re-saved. This appends the words as composeListingRow writes them: after
-- the rest of the body, in the listing's attribute order, normalised by
-- normalizeForSearch; and adds their one- and two-character grams to
-- search_keys. The words and grams are those of the Japanese catalog when
-- this was written. Listings whose text already ends with them are left alone.
WITH words(code, word, grams) AS (VALUES
  ('transport', '送迎あり', ARRAY['送', '送迎', '迎', '迎あ', 'あ', 'あり', 'り']::text[]),
  ('barrier_free', 'ばりあふりー', ARRAY['ば', 'ばり', 'り', 'りあ', 'あ', 'あふ', 'ふ', 'ふり', 'りー', 'ー']::text[]),
  ('reservation_required', '予約が必要', ARRAY['予', '予約', '約', '約が', 'が', 'が必', '必', '必要', '要']::text[]),
  ('meals', '飲食あり', ARRAY['飲', '飲食', '食', '食あ', 'あ', 'あり', 'り']::text[]),
  ('parking', '駐車場あり', ARRAY['駐', '駐車', '車', '車場', '場', '場あ', 'あ', 'あり', 'り']::text[]),
  ('outside_care_insurance', '介護保険外', ARRAY['介', '介護', '護', '護保', '保', '保険', '険', '険外', '外']::text[]),
  ('wheelchair', '車いす対応', ARRAY['車', '車い', 'い', 'いす', 'す', 'す対', '対', '対応', '応']::text[]),
  ('accessible_toilet', 'ばりあふりーといれ', ARRAY['ば', 'ばり', 'り', 'りあ', 'あ', 'あふ', 'ふ', 'ふり', 'りー', 'ー', 'ーと', 'と', 'とい', 'い', 'いれ', 'れ']::text[]),
  ('baby_care', '授乳室・おむつ替え', ARRAY['授', '授乳', '乳', '乳室', '室', '室・', '・', '・お', 'お', 'おむ', 'む', 'むつ', 'つ', 'つ替', '替', '替え', 'え']::text[])
),
listing_words AS (
  SELECT r.tenant_id, r.id,
    (SELECT string_agg(w.word, ' ' ORDER BY a.ord) FROM unnest(r.attributes) WITH ORDINALITY a(code, ord) JOIN words w ON w.code = a.code) AS text,
    (SELECT array_agg(DISTINCT g) FROM unnest(r.attributes) a(code) JOIN words w ON w.code = a.code, unnest(w.grams) g) AS grams
  FROM resources r
  WHERE cardinality(r.attributes) > 0
)
UPDATE resources r SET
  search_text = r.search_text || CASE WHEN split_part(r.search_text, E'\n', 2) = '' THEN '' ELSE ' ' END || lw.text,
  search_keys = ARRAY(SELECT DISTINCT k FROM unnest(r.search_keys || lw.grams) k)
FROM listing_words lw
WHERE r.tenant_id = lw.tenant_id AND r.id = lw.id AND lw.text IS NOT NULL AND right(r.search_text, length(lw.text)) <> lw.text;
