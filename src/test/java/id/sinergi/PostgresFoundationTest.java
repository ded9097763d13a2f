package id.sinergi;

import id.sinergi.support.SinergiPostgresTest;

/** The same promises on the real PostgreSQL 15 that production uses. */
@SinergiPostgresTest
class PostgresFoundationTest extends FoundationContract {}
