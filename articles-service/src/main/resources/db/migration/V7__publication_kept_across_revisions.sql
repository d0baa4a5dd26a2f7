-- A revision keeps the article's publication time; the first one is kept apart, and the article says when its current
-- revision was written. Revisions written before reset published_at to their own time: for a revised article, the
-- time it was filed is the best guess left of when it was first published.
alter table article add column first_published_at timestamptz, add column last_modified_at timestamptz;
update article a
   set first_published_at = case when a.revision = 1 then a.published_at else least(a.published_at, a.created_at) end,
       last_modified_at = coalesce((select r.written_at from article_revision r where r.article_id = a.id and r.revision = a.revision),
                                   a.updated_at);
alter table article alter column first_published_at set not null, alter column last_modified_at set not null;
