-- The hourly aggregates are upserted by nearly every batch: free room on their pages lets PostgreSQL update
-- them in place (a HOT update: no new index entries, less to vacuum).
ALTER TABLE member_hours SET (fillfactor = 70);
ALTER TABLE action_hours SET (fillfactor = 70);
ALTER TABLE points_hours SET (fillfactor = 70);
ALTER TABLE member_milestones SET (fillfactor = 70);
