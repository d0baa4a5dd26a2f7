-- Events waiting for the relay. Rows are written in the transaction of the change they announce.
create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz
);

create index outbox_event_pending on outbox_event (id) where published_at is null;
