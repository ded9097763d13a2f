-- The server's record of every process instance: its Pemda (also its Camunda tenant), the
-- organisation that runs it, the capability's record it works on, and the groups that take part
-- beyond the Pemda. Written by Sinergi when the instance starts; never by a user.
create table case_file (
  process_instance_id varchar(64) not null primary key,
  root_process_instance_id varchar(64) not null,
  parent_process_instance_id varchar(64),
  process_key varchar(255) not null,
  pemda_code varchar(16),
  organisation_code varchar(64),
  reference_id bigint,
  started_by varchar(255) not null,
  started_at timestamp with time zone not null
);
create index case_file_reference on case_file (process_key, reference_id);
create index case_file_pemda on case_file (pemda_code, process_key);

create table case_party (
  process_instance_id varchar(64) not null references case_file (process_instance_id),
  role varchar(32) not null,
  group_id varchar(255) not null,
  primary key (process_instance_id, role, group_id)
);
