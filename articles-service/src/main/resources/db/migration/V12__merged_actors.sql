-- Which actor each merged actor was merged into, so that a search by a merged actor's id finds its survivor's articles.
-- An undone merge is deleted; a survivor merged in turn is followed, as the registry follows it.
create table actor_merge (
    merged_actor_id uuid primary key,
    into_actor_id   uuid        not null,
    merged_at       timestamptz not null default now()
);

-- The actor that an id stands for now: itself, or the end of its chain of merges (at most 16, as the registry follows).
create function newsgraph_survivor(actor uuid) returns uuid language sql stable as $$
    with recursive chain (id, hops) as (
        select actor, 0
        union all
        select m.into_actor_id, chain.hops + 1 from actor_merge m join chain on m.merged_actor_id = chain.id where chain.hops < 16)
    select id from chain order by hops desc limit 1
$$;
