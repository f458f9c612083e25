-- Rows rewritten by nearly every batch keep free room on their page, so PostgreSQL can update them in place
-- (a HOT update: no new index entries, less to vacuum) instead of moving each new version to another page.
ALTER TABLE member_points SET (fillfactor = 70);
ALTER TABLE member_action_usage SET (fillfactor = 70);
ALTER TABLE member_streaks SET (fillfactor = 70);
ALTER TABLE challenge_progress SET (fillfactor = 70);
