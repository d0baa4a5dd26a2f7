-- A co-mention is stored once per pair and article, not both ways round, and its evidence as the passage's place
-- in the article's body rather than a copy of it: a tenth of the rows' size.
delete from relation where actor_id > other_id;
alter table relation add column evidence_start integer, add column evidence_end integer;
update relation r set evidence_start = greatest(strpos(ar.body, r.evidence) - 1, 0),
                      evidence_end = greatest(strpos(ar.body, r.evidence) - 1, 0) + length(r.evidence)
  from article ar where ar.id = r.article_id;
alter table relation drop column id, drop column evidence,
    alter column evidence_start set not null, alter column evidence_end set not null;
drop sequence relation_id_seq;
create index relation_other on relation (other_id);
