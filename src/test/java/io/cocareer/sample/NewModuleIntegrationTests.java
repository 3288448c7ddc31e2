package io.cocareer.sample;

import org.junit.jupiter.api.Test;

import io.cocareer.support.WebSession;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's promise: a new module joins with a page, its URL gate, a navigation link, a home
 * card, a demo seeder, a migration and messages, and touches no other module's file. The sample
 * module ({@link SampleModule}) is only new files; switched on, the platform shows all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "cocareer.sample.enabled=true",
		// an empty database of its own: the demo, and with it the sample's seeder, loads only into an empty one
		"spring.datasource.url=jdbc:h2:mem:sample-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class NewModuleIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theLeadSeesTheModulesLinkCardAndPageWithWhatItsDemoSeederWrote() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page home = lead.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("href=\"/sample\"", ">Sample<", "id=\"sample-card\"", "Notes in the sample module",
				"1 notes");

		WebSession.Page page = lead.get("/sample");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Sample notes</h1>", "A first note from the demo");
	}

	@Test
	void theModulesGateKeepsOthersOutAndItsLinkAndCardAreNotShownToThem() {
		WebSession talent = WebSession.signIn(this.port, "talent");
		assertThat(talent.get("/sample").status()).isEqualTo(403);
		assertThat(talent.get("/").body()).doesNotContain("href=\"/sample\"", "sample-card");
	}

}
