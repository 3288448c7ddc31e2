package io.cocareer.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.cocareer.notification.NotificationService;
import io.cocareer.shared.web.FormRules;
import io.cocareer.tour.TourService;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Goes with {@code @WebMvcTest(SomeController.class)}: the controller with the web layer every
 * page and API shares (argument resolvers, problem+json and error pages, strict input, our
 * message bundles), and mocks for what the shared page advice reads (the bell, the tours'
 * navigation). The test mocks the services its controller calls. Sign in with
 * {@code io.cocareer.support.SignedIn}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ MessageBundles.class, FormRules.class })
@MockitoBean(types = { NotificationService.class, TourService.class })
public @interface ControllerSlice {

}
