-- The review's record of a shared programme (issue 16): the version last marked as published and
-- the correction log, as every seat's changes to it left it. Each change is also a line of the
-- change log ({"review": …}), which the other seats apply to theirs.
alter table programme add column review jsonb;
