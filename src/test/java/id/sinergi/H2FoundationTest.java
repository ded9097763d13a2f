package id.sinergi;

import id.sinergi.support.SinergiSpringTest;

@SinergiSpringTest
class H2FoundationTest extends FoundationContract {}
