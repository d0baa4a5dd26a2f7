-- When an article was withdrawn, shown to readers in its place. Articles withdrawn before changed nothing after.
alter table article add column withdrawn_at timestamptz;
update article set withdrawn_at = updated_at where status = 'WITHDRAWN';
alter table article add constraint withdrawn_when_withdrawn check ((status = 'WITHDRAWN') = (withdrawn_at is not null));
