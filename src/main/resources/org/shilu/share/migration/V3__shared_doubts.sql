-- The doubt markers of a shared programme's turns (issue 14): each turn's marks, as its text's
-- offsets and the marked text ([{"start": 3, "text": "陆华"}]), shared with the turn like its text.
alter table turn add column doubts jsonb not null default '[]'::jsonb;
