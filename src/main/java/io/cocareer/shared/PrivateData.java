package io.cocareer.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that carries what only some may see (a person's employment history, a talent's
 * profile): a service that returns it must be told who asks (take the {@link Actor}) and ask its
 * module's access policy. {@code ArchitectureTests} holds every public service method to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PrivateData {

}
