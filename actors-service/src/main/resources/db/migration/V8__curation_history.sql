-- Who curated what and when: one row per change an editor made, with what the change touched before and after it.
-- A merge concerns two actors: the merged one (actor_id) and the survivor (other_actor_id).
create table curation_change (
    id             bigint generated always as identity primary key,
    actor_id       uuid        not null references actor (id),
    other_actor_id uuid references actor (id),
    kind           text        not null,
    curator        text        not null,
    changed_at     timestamptz not null,
    before         jsonb       not null,
    after          jsonb       not null,
    constraint curation_change_kind check (kind in ('RENAMED', 'RETYPED', 'ALIAS_ADDED', 'ALIAS_REMOVED', 'ROLE_ADDED',
                                                    'ROLE_REMOVED', 'WIKIDATA_LINKED', 'MERGED'))
);

create index curation_change_actor on curation_change (actor_id, id);
create index curation_change_other on curation_change (other_actor_id, id) where other_actor_id is not null;
