create table article (
    id             uuid primary key,
    revision       integer     not null check (revision >= 1),
    title          text        not null,
    body           text        not null,
    dateline_place text,
    dateline_date  text,
    source         text,
    byline         text,
    language       text        not null,
    published_at   timestamptz not null,
    status         text        not null check (status in ('PUBLISHED', 'WITHDRAWN')),
    owner          text,
    tags_revision  integer,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    search         tsvector generated always as (
                       setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored
);

create index article_search on article using gin (search);
create index article_newest on article (published_at desc, id desc) where status = 'PUBLISHED';
create index article_source on article (lower(source));

-- Every revision as it was written, for audit.
create table article_revision (
    article_id   uuid        not null references article (id),
    revision     integer     not null,
    title        text        not null,
    body         text        not null,
    written_by   text,
    written_at   timestamptz not null,
    primary key (article_id, revision)
);

-- The actors of the article's current revision, a local copy fed by newsgraph.article.actors-identified.
create table article_actor_tag (
    article_id    uuid    not null references article (id) on delete cascade,
    actor_id      uuid    not null,
    name          text    not null,
    type          text    not null,
    roles         text[]  not null,
    mention_count integer not null,
    primary key (article_id, actor_id)
);

create index article_actor_tag_actor on article_actor_tag (actor_id);
create index article_actor_tag_name on article_actor_tag (lower(name));

-- A retried POST with the same Idempotency-Key answers the first result.
create table idempotency_key (
    idempotency_key text        not null,
    client          text        not null,
    request_hash    text        not null,
    article_id      uuid        not null references article (id),
    created_at      timestamptz not null,
    primary key (client, idempotency_key)
);
