-- What the escalated official needs to chase: the Pemda's OPDs that have not answered a data
-- request yet (Sumbawa's case: the internal agreement waits on data scattered across OPDs).
alter table esc_escalation add column unanswered_opds varchar(1000);
