-- Where the story lies in the body, read once when the article is filed and carried in its events. Null for articles
-- filed before: their readers find the story themselves, with the same parser.
alter table article add column story_start integer, add column story_end integer;
alter table article add constraint story_within_body
    check (story_start is null and story_end is null or 0 <= story_start and story_start <= story_end and story_end <= length(body));
