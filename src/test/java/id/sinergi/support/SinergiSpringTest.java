package id.sinergi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context most tests share (H2 in memory, demo users and data, job executor off:
 * tests drive jobs). Use it unchanged so the context is started once per test run; tests must
 * not rely on being alone in the database (filter by business key or their own ids).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcessCoverageSupport.class)
@ActiveProfiles({"test", "demo"})
public @interface SinergiSpringTest {}
