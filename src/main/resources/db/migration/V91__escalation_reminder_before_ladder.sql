-- Issue 13: level 1 (the reminder to the step's holder) is recorded by overdue-step-check itself
-- and e-mailed in batches; the ladder process stalled-step-escalation starts only when a step
-- is still waiting at its level-2 date. escalated_level says how far a watched step has come:
-- 0 watched, not escalated (a message wait, or a step given more time); 1 reminded, no ladder
-- yet; 2 or more: its ladder runs (ladder_instance_id).
alter table esc_watched_step add column escalated_level integer default 0 not null;
update esc_watched_step set escalated_level = 1 where ladder_instance_id is not null
    and ladder_instance_id <> '-';
drop index esc_watched_step_due;
-- What the check reads: steps watched but not reminded, by due date; reminded steps whose
-- level-2 date has come, by that date.
create index esc_watched_step_due on esc_watched_step (escalated_level, due_at);
create index esc_watched_step_level2 on esc_watched_step (escalated_level, level2_at);
