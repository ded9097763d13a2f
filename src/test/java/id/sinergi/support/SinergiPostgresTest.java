package id.sinergi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The shared context on the real PostgreSQL. Tagged "postgres": Maven runs these classes in a
 * JVM of their own, because Camunda registers its engine by name in a static registry and the
 * engine REST API would otherwise reach the other context's engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcessCoverageSupport.class)
@ActiveProfiles({"test", "demo", "postgres"})
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface SinergiPostgresTest {}
