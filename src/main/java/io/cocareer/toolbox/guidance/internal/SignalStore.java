package io.cocareer.toolbox.guidance.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance's read model ({@code toolbox_guidance_signal}): one row per signal and subject, ids
 * only. Recording the same thing twice changes nothing, so a listener retried by the event
 * publication registry is harmless.
 */
@Repository
public class SignalStore {

	private final JdbcTemplate jdbc;

	SignalStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that the signal happened to the subject (once). */
	@Transactional
	public void record(Signal signal, String subjectId, @Nullable UUID personId, LocalDate on) {
		String subject = subjectId.length() > 80 ? subjectId.substring(0, 80) : subjectId;
		Integer existing = this.jdbc.queryForObject(
				"select count(*) from toolbox_guidance_signal where signal = ? and subject_id = ?", Integer.class,
				signal.name(), subject);
		if (existing != null && existing > 0) {
			return;
		}
		try {
			this.jdbc.update(
					"insert into toolbox_guidance_signal (signal, subject_id, person_id, recorded_on) values (?, ?, ?, ?)",
					signal.name(), subject, personId, java.sql.Date.valueOf(on));
		}
		catch (DuplicateKeyException alreadyThere) {
			// recorded by a listener running at the same time: once is enough
		}
	}

	/** Takes back a signal that no longer holds (a package no longer open). */
	@Transactional
	public void remove(Signal signal, String subjectId) {
		this.jdbc.update("delete from toolbox_guidance_signal where signal = ? and subject_id = ?", signal.name(),
				subjectId);
	}

	/** Forgets everything about an erased person: the rows naming them or having them as subject. */
	@Transactional
	public int forget(UUID personId) {
		return this.jdbc.update("delete from toolbox_guidance_signal where person_id = ? or subject_id = ?", personId,
				personId.toString());
	}

	/** Whether the signal was recorded for the subject. */
	@Transactional(readOnly = true)
	public boolean holds(Signal signal, String subjectId) {
		Integer n = this.jdbc.queryForObject(
				"select count(*) from toolbox_guidance_signal where signal = ? and subject_id = ?", Integer.class,
				signal.name(), subjectId);
		return n != null && n > 0;
	}

	/** How many subjects each stored signal has. */
	@Transactional(readOnly = true)
	public Map<Signal, Long> counts() {
		Map<Signal, Long> counts = new EnumMap<>(Signal.class);
		this.jdbc.query("select signal, count(*) as n from toolbox_guidance_signal group by signal",
				(RowCallbackHandler) (row) -> {
					try {
						counts.put(Signal.valueOf(row.getString("signal")), row.getLong("n"));
					}
					catch (IllegalArgumentException retired) {
						// a signal no longer counted
					}
				});
		return counts;
	}

}
