package io.cocareer.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Goes with {@code @ApplicationModuleTest}: the module gets an in-memory database of its own.
 * The full-stack tests share one ({@code application-test.properties}) holding the demo
 * organisation, which is seeded only into an empty database: a module test that migrated and
 * wrote to it first would leave it without the demo, and every sign-in after it would fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:module-${random.uuid};MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
public @interface ModuleTest {

}
