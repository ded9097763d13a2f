package id.sinergi.escalation;

import id.sinergi.support.SinergiPostgresTest;

/** The same escalation promises on PostgreSQL 15, in the shared PostgreSQL test context. */
@SinergiPostgresTest
class PostgresEscalationTest extends EscalationContract {}
