-- Mentions and quotes are derived rows like co-mentions (see V4), thirty an article: the annotator writes them with
-- the actors and article they name, in one transaction, and curation moves them. Nothing refers to one row, so they
-- need no id, and their foreign keys cost more than the rows themselves to insert.
alter table mention drop column id,
    drop constraint mention_actor_id_fkey,
    drop constraint mention_article_id_fkey;
alter table quote drop column id,
    drop constraint quote_speaker_actor_id_fkey,
    drop constraint quote_article_id_fkey;
drop sequence mention_id_seq;
drop sequence quote_id_seq;
