package io.cocareer.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The web sessions of all instances: they live in the shared session table (Spring Session JDBC). */
@Component
public class WebSessions {

	private final JdbcClient jdbc;

	WebSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Signs the user name out of every browser at once, on every instance. */
	public void endAll(String username) {
		this.jdbc.sql("delete from spring_session where principal_name = :username").param("username", username).update();
	}

}
