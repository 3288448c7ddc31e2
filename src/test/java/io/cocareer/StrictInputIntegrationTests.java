package io.cocareer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cocareer.shared.Label;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values out of range or of the wrong form are refused with the field named, in words a user
 * understands (issue 7, items 7 and 19): forms and JSON alike, and a versioned write names its
 * version.
 */
@IntegrationTest
class StrictInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"performance\": \"lots\"         | performance | Enter a whole number.",
			"\"performance\": 2.5              | performance | Enter a whole number.",
			"\"version\": 0.5                  | version     | Enter a whole number.",
			"\"version\": 1.5                  | version     | Enter a whole number.",
			"\"reviewOn\": 123                 | reviewOn    | Enter a date as yyyy-mm-dd",
			"\"reviewOn\": \"+999999999-01-01\" | reviewOn    | Enter a date as yyyy-mm-dd",
			"\"evidence\": \"a\\u0000b\"       | evidence    | Remove the control characters",
			"\"evidence\": \"a\\ud800b\"       | evidence    | Remove the control characters" })
	void aValueOfTheWrongFormIsABadRequestNamingItsField(String value, String field, String message) {
		String person = aTalent();
		long version = lead().get(designation(person)).json().path("version").asLong();
		String body = "{\"reason\":\"LONG_TERM_POTENTIAL\",\"evidence\":\"Steps up\",\"reviewOn\":\"2030-05-01\","
				+ "\"performance\":3,\"potential\":2,\"version\":" + version + "," + value + "}";

		ApiClient.Response refused = lead().put(designation(person), body);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		JsonNode error = refused.json().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo(field);
		assertThat(error.path("message").asString()).startsWith(message);
		assertThat(refused.body()).doesNotContain("Failed to", "java.", "Cannot deserialize");
		assertThat(lead().get(designation(person)).json().path("version").asLong()).isEqualTo(version);
	}

	@Test
	void aDesignationChangeWithoutTheVersionItWasBasedOnIsRefused() {
		String person = aTalent();

		ApiClient.Response refused = lead().put(designation(person), "{\"reason\":\"LONG_TERM_POTENTIAL\","
				+ "\"evidence\":\"Steps up\",\"reviewOn\":\"2030-05-01\",\"performance\":3,\"potential\":2}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("shared.version.required");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("version");
	}

	@Test
	void aQueryParameterOfTheWrongFormIsNamedInWords() {
		ApiClient.Response refused = lead().get("/api/v1/talents?page=lots");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("page");
		assertThat(refused.json().path("errors").get(0).path("message").asString()).isEqualTo("Enter a whole number.");
		assertThat(refused.body()).doesNotContain("Failed to convert");
	}

	@Test
	void aFormShowsWordsNotJavasConversionMessageAndRefusesAnAbsurdDate() {
		String person = aTalent();
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/talents/" + person + "/designation");
		String version = lead().get(designation(person)).json().path("version").asString();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("reason", "LONG_TERM_POTENTIAL");
		fields.put("evidence", "Steps up\u0000");
		fields.put("reviewOn", "+999999999-01-01");
		fields.put("performance", "12.5");
		fields.put("potential", "lots");
		fields.put("version", version);

		WebSession.Page refused = lead.post("/talents/" + person + "/designation", form, fields);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Enter a whole number.", "Enter a date as yyyy-mm-dd",
				"Remove the control characters")
			.doesNotContain("Failed to convert", "java.lang", "NumberFormatException");
		assertThat(lead().get(designation(person)).json().path("version").asString()).isEqualTo(version);
	}

	@Test
	void messagesNameFieldsByTheirLabelsAndFillTheirArguments() {
		String incomplete = this.messages.getMessage("tour.agreement.incomplete",
				new Object[] { Label.list("tour.agreement.field.", List.of("deliverables", "learningGoals", "companyResources")) },
				Locale.ENGLISH);
		assertThat(incomplete).endsWith("still missing: Deliverables, Learning goals and Resources.");

		String frozen = this.messages.getMessage("tour.mission.frozen", new Object[0], Locale.ENGLISH);
		assertThat(frozen).doesNotContain("{0}").startsWith("The mission is frozen");
	}

	private String aTalent() {
		return lead().get("/api/v1/talents?size=1").json().path("items").get(0).path("personId").asString();
	}

	private static String designation(String person) {
		return "/api/v1/talents/" + person + "/designation";
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

}
