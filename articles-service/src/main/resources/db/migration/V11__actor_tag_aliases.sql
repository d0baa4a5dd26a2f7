-- The other names an article goes by for each of its actors ("Bibi" for Benjamin Netanyahu), as actors-service
-- identified them, so that a search by actor finds an actor by an alias too. Tags written before have none.
alter table article_actor_tag add column aliases text[] not null default '{}';

-- Qualified: an index is built with no schema but pg_catalog on the search path.
create function newsgraph_fold_all(text[]) returns text[] language sql immutable strict parallel safe
    as $$ select array(select public.newsgraph_fold(alias) from unnest($1) alias) $$;

create index article_actor_tag_alias on article_actor_tag using gin (newsgraph_fold_all(aliases));
