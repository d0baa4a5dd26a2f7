-- A text search must find its matches through the text index. While the newest-first index was partial on the
-- published status, a table without statistics yet (a fresh one, until its first analyse) was searched through it
-- instead: every published row read, and its vector with it.
drop index article_newest;
create index article_newest on article (published_at desc, id desc);

-- New articles wait in the text index's pending list until it is merged, and every search reads that whole list:
-- kept short, it is merged in small steps as articles arrive.
alter index article_search set (gin_pending_list_limit = 512);
