package io.cocareer.people.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.people.ImportBatchView;
import io.cocareer.people.ImportRowError;
import io.cocareer.people.PeopleImportService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * HR import over the API. A file with row errors is a valid request: it answers 201 with a
 * REJECTED batch and the errors; running it (or running a batch twice) is a 409.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private final PeopleImportService imports;

	private final MessageSource messages;

	ImportApiController(PeopleImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<BatchResponse> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			Actor actor) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "people.import.noFile", "Send the CSV file as the multipart part 'file'");
		}
		ImportBatchView batch = this.imports.upload(actor, file.getOriginalFilename(),
				new String(file.getBytes(), StandardCharsets.UTF_8));
		return ResponseEntity.created(URI.create("/api/v1/imports/" + batch.id())).body(response(batch));
	}

	@GetMapping("/{id}")
	BatchResponse get(@PathVariable UUID id, Actor actor) {
		return response(this.imports.get(actor, id));
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/{id}/run")
	ResponseEntity<BatchResponse> run(@PathVariable UUID id, Actor actor) {
		this.imports.run(actor, id);
		return ResponseEntity.accepted().body(response(this.imports.progress(actor, id)));
	}

	private BatchResponse response(ImportBatchView batch) {
		List<RowError> errors = batch.errors().stream().map(this::rowError).toList();
		return new BatchResponse(batch.id(), batch.fileName(), batch.uploadedBy(), batch.uploadedAt(),
				batch.status().name(), batch.totalRows(), batch.processedRows(), batch.createdCount(),
				batch.updatedCount(), batch.unchangedCount(), batch.errorCount(), batch.failureReason(), errors);
	}

	private RowError rowError(ImportRowError error) {
		String message = this.messages.getMessage(error.code(), new Object[] { error.value(), error.column() },
				error.code(), Locale.ENGLISH);
		return new RowError(error.row(), error.column(), error.code(), error.value(), message);
	}

	record BatchResponse(UUID id, String fileName, @Nullable String uploadedBy, Instant uploadedAt, String status,
			int totalRows, int processedRows, int created, int updated, int unchanged, int errorCount,
			@Nullable String failureReason, List<RowError> errors) {

	}

	record RowError(int row, @Nullable String column, String code, @Nullable String value, String message) {

	}

}
