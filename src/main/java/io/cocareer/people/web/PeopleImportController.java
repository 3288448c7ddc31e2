package io.cocareer.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.cocareer.people.ImportBatchView;
import io.cocareer.people.PeopleImportService;
import io.cocareer.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR import: upload, preview (or the errors that stop it), run, and watch it progress. */
@Controller
@RequestMapping("/people/import")
class PeopleImportController {

	private final PeopleImportService imports;

	PeopleImportController(PeopleImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String start(Actor actor, Model model) {
		model.addAttribute("history", this.imports.recent(actor));
		return "people/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Actor actor, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "people.import.noFile");
			model.addAttribute("history", this.imports.recent(actor));
			return "people/import";
		}
		String content = new String(file.getBytes(), StandardCharsets.UTF_8);
		ImportBatchView batch = this.imports.upload(actor, file.getOriginalFilename(), content);
		return "redirect:/people/import/" + batch.id();
	}

	@GetMapping("/{id}")
	String batch(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("batch", this.imports.get(actor, id));
		return "people/batch";
	}

	/** Polled by the batch page every second while the import runs; the fragment stops polling when done. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("batch", this.imports.progress(actor, id));
		return "people/batch :: progress";
	}

	@PostMapping("/{id}/run")
	String run(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.imports.run(actor, id);
		redirect.addFlashAttribute("message", "people.import.started");
		return "redirect:/people/import/" + id;
	}

}
