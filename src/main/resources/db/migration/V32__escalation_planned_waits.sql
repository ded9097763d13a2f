-- Waits that are planned to be long are not stalls: a participant waits for the end of the
-- cohort's year of classes. Its reminder goes to the incubator that runs the cohort.
insert into esc_sla (process_key, activity_id, pemda_code, due_working_days, level2_after_days, level3_after_days, responsible_group, updated_at) values
 ('incubation-participant', 'Event_ClassesEnded', '*', 260, 10, 10, '{incubatorGroup}', current_timestamp);
