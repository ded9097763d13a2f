package id.sinergi.escalation;

import id.sinergi.support.SinergiSpringTest;

@SinergiSpringTest
class H2EscalationTest extends EscalationContract {}
