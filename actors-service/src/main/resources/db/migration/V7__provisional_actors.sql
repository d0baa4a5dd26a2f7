-- An actor first seen in one mention of one article is provisional: the engine does not resolve names to it, and lists
-- leave it out, until another article names it, one article names it twice, or an editor curates it.
alter table actor add column provisional boolean not null default false;

-- When an editor last curated the actor; a curated actor is never removed by reading the archive again.
alter table actor add column curated_at timestamptz;
update actor a set curated_at = a.updated_at
 where a.wikidata_qid is not null
    or exists (select 1 from actor_alias al where al.actor_id = a.id and al.origin = 'CURATED')
    or exists (select 1 from actor_role r where r.actor_id = a.id and r.article_id is null)
    or exists (select 1 from actor m where m.merged_into = a.id);
