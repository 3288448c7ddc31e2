package io.cocareer.sample;

import io.cocareer.shared.Actor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sample module's page: the notes in its table. */
@Controller
@ConditionalOnProperty(name = "cocareer.sample.enabled", havingValue = "true")
class SampleController {

	private final JdbcClient jdbc;

	SampleController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/sample")
	String notes(Actor reader, Model model) {
		model.addAttribute("notes", this.jdbc.sql("select body from sample_note order by body").query(String.class).list());
		return "sample/notes";
	}

}
