-- Co-mentions are derived rows, seventy an article: the annotator writes them with the actors and article they name,
-- in one transaction, and curation moves them. Their foreign keys cost two thirds of the time to insert them.
alter table relation drop constraint relation_actor_id_fkey,
    drop constraint relation_other_id_fkey,
    drop constraint relation_article_id_fkey;
