-- The registry: one row per real-world actor. A merged actor stays, pointing at the one it was merged into.
create table actor (
    id              uuid primary key,
    type            text        not null check (type in ('PERSON', 'ORGANIZATION', 'LOCATION')),
    name            text        not null,
    normalized_name text        not null,
    status          text        not null check (status in ('ACTIVE', 'MERGED')),
    merged_into     uuid references actor (id),
    wikidata_qid    text check (wikidata_qid ~ '^Q[1-9][0-9]*$'),
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

-- Two active actors of one type never share a name: extraction resolves a name to exactly one.
create unique index actor_active_name on actor (type, normalized_name) where status = 'ACTIVE';
create index actor_name_prefix on actor (normalized_name text_pattern_ops);

create table actor_alias (
    actor_id   uuid not null references actor (id),
    alias      text not null,
    normalized text not null,
    origin     text not null check (origin in ('EXTRACTED', 'CURATED')),
    primary key (actor_id, normalized)
);

create index actor_alias_prefix on actor_alias (normalized text_pattern_ops);

-- A title as an article gave it, so that roles can be shown over time; a curated title has no article.
create table actor_role (
    actor_id   uuid        not null references actor (id),
    role       text        not null,
    article_id uuid,
    seen_at    timestamptz not null
);

create unique index actor_role_once on actor_role (actor_id, role, article_id) nulls not distinct;
create index actor_role_article on actor_role (article_id);

-- The articles as the articles service published them: the text to extract from again, and how far we got.
create table article (
    id                  uuid primary key,
    revision            integer     not null,
    title               text        not null,
    body                text        not null,
    published_at        timestamptz not null,
    withdrawn           boolean     not null default false,
    processed_revision  integer
);

create index article_published on article (published_at);

create sequence mention_id_seq increment by 50;
create table mention (
    id         bigint primary key default nextval('mention_id_seq'),
    actor_id   uuid        not null references actor (id),
    article_id uuid        not null references article (id),
    revision   integer     not null,
    start_at   integer     not null,
    end_at     integer     not null,
    surface    text        not null,
    sentence   integer     not null
);

create index mention_actor on mention (actor_id);
create index mention_article on mention (article_id);

create sequence quote_id_seq increment by 50;
create table quote (
    id               bigint primary key default nextval('quote_id_seq'),
    speaker_actor_id uuid references actor (id),
    article_id       uuid    not null references article (id),
    revision         integer not null,
    text             text    not null,
    start_at         integer not null,
    end_at           integer not null,
    speech_verb      text
);

create index quote_speaker on quote (speaker_actor_id);
create index quote_article on quote (article_id);

-- Actors named in one article, weighted by how close they stand (1 in the same sentence, less further apart),
-- with the sentence where they stand closest as evidence. Stored both ways round for simple lookups.
create sequence relation_id_seq increment by 50;
create table relation (
    id         bigint primary key default nextval('relation_id_seq'),
    actor_id   uuid             not null references actor (id),
    other_id   uuid             not null references actor (id),
    article_id uuid             not null references article (id),
    weight     double precision not null,
    evidence   text             not null
);

create index relation_actor on relation (actor_id);
create index relation_article on relation (article_id);
