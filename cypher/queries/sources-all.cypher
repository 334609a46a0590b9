// @name sources-all
// Every source article or file the data cites.
// @returns one row per source: id, title, titleEn, publisher, date, language, url, file
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.titleEn AS titleEn, s.publisher AS publisher, s.date AS date,
  s.language AS language, s.url AS url, s.file AS file
ORDER BY s.id
