-- What a merge took from the merged actor, so that it can be undone: its aliases, the names the survivor gained, and
-- the mention, quote, co-mention and title rows it moved (as they were, in JSON). Open until undone.
create table actor_merge (
    id             bigint generated always as identity primary key,
    actor_id       uuid        not null references actor (id),
    into_id        uuid        not null references actor (id),
    merged_at      timestamptz not null,
    undone_at      timestamptz,
    aliases        jsonb       not null,
    gained_aliases jsonb       not null,
    moved          jsonb       not null
);

create unique index actor_merge_open on actor_merge (actor_id) where undone_at is null;

alter table curation_change drop constraint curation_change_kind,
    add constraint curation_change_kind check (kind in ('RENAMED', 'RETYPED', 'ALIAS_ADDED', 'ALIAS_REMOVED', 'ROLE_ADDED',
                                                        'ROLE_REMOVED', 'WIKIDATA_LINKED', 'MERGED', 'MERGE_UNDONE'));
