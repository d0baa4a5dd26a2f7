-- Mentions, quotes and relations are written in JDBC batches that take their ids from the column defaults,
-- one at a time, after every id handed out in blocks before.
alter sequence mention_id_seq increment by 1;
alter sequence quote_id_seq increment by 1;
alter sequence relation_id_seq increment by 1;
select setval('mention_id_seq', greatest((select max(id) from mention), nextval('mention_id_seq') + 50));
select setval('quote_id_seq', greatest((select max(id) from quote), nextval('quote_id_seq') + 50));
select setval('relation_id_seq', greatest((select max(id) from relation), nextval('relation_id_seq') + 50));
