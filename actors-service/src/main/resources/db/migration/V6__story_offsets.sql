-- Where the story lies in the body, as the articles service read it. Null for articles it sent before it said so:
-- their story is read again from the body, by the same parser.
alter table article add column story_start integer, add column story_end integer;
