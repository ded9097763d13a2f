-- One upload at a time per OPD request: the row exists while an import of that request runs.
-- A second upload at the same moment fails to insert it and is answered 409; a row older than
-- the import's time bound (a node killed mid-import) is taken over.
create table datarequest_import_lock (
  request_id bigint primary key references datarequest_request (id),
  user_id varchar(100),
  started_at timestamp with time zone not null
);
