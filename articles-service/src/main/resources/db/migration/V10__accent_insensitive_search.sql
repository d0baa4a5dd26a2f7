-- "nunez" finds "Núñez", as the actor registry does: a text search configuration that takes the accents off every
-- word before stemming it, so the text index and every query hold unaccented lexemes. Words of plain ASCII need none.
create extension if not exists unaccent schema public;
create text search configuration newsgraph_english (copy = english);
alter text search configuration newsgraph_english alter mapping for word, hword, hword_part with unaccent, english_stem;

-- The vector is generated again with it; the table is written once, its text index built anew with the settings of V2
-- and V3.
alter table article drop column search;
alter table article add column search tsvector generated always as (
    setweight(to_tsvector('newsgraph_english'::regconfig, title), 'A')
        || setweight(to_tsvector('newsgraph_english'::regconfig, body), 'B')) stored;
alter table article alter column search set storage external;
create index article_search on article using gin (search) with (gin_pending_list_limit = 512);

-- Names and bylines compared without case or accents, in expressions an index can hold.
create function newsgraph_fold(text) returns text language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

drop index article_actor_tag_name;
create index article_actor_tag_name on article_actor_tag (newsgraph_fold(name));

-- A byline filter matches part of a byline ("Jane Doe" in "By Jane Doe and John Roe"): trigrams find it without
-- reading every byline.
create extension if not exists pg_trgm schema public;
create index article_byline on article using gin (newsgraph_fold(byline) gin_trgm_ops);

-- "My articles": a writer's own, newest first.
create index article_owner on article (owner, published_at desc, id desc);
