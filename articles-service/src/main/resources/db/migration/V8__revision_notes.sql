-- Each revision keeps the article's publication time as it stood then, and what it corrected, in the words of whoever
-- wrote it (null when it does not say).
alter table article_revision add column published_at timestamptz, add column note text;
update article_revision r set published_at = a.published_at from article a where a.id = r.article_id and a.revision = r.revision;
