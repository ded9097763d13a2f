-- Issue 13: a ladder is started only for a step that is overdue, by the recurring
-- overdue-step-check. A row here holds the facts of one watched step (the ladder carries only
-- its key, variable watchedStepId): a user task gets its row when its ladder starts (its due date
-- lives on the task, ACT_RU_TASK.DUE_DATE_); a message wait has no task, so it gets its row when
-- it starts waiting. The primary key makes starting a step's ladder happen once even when two
-- checks race (the loser's transaction rolls back and its job retries).
create table esc_watched_step (
    step_key            varchar(64)  not null primary key,
    step_kind           varchar(20)  not null,
    task_id             varchar(64),
    execution_id        varchar(64),
    activity_id         varchar(100) not null,
    step_name           varchar(300),
    process_instance_id varchar(64)  not null,
    process_key         varchar(100) not null,
    business_key        varchar(255),
    pemda_code          varchar(8),
    started_at          timestamp with time zone not null,
    due_at              timestamp with time zone not null,
    level2_at           timestamp with time zone not null,
    level3_at           timestamp with time zone not null,
    responsible_group   varchar(100),
    ladder_instance_id  varchar(64)
);
-- What the check reads: message waits without a ladder, by due date.
create index esc_watched_step_due on esc_watched_step (ladder_instance_id, due_at);
