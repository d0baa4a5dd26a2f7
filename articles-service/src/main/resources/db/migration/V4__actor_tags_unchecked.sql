-- Actor tags are written only for articles their writer has just locked, and articles are never deleted: the key
-- check each of the eighteen tags an article has made, locking the article once more, bought nothing.
alter table article_actor_tag drop constraint article_actor_tag_article_id_fkey;
