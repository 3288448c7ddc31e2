package io.cocareer.toolbox.workshop.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import io.cocareer.network.GroupSizeSettings;
import io.cocareer.toolbox.Practice;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.workshop.FeedbackSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshops' organisation-wide figures for the programme overview and the infographic, all
 * aggregates: workshops held in the last twelve months, the attendance rate over their recorded
 * seats, the average feedback (as a score in [0, 1]: 1 star is 0, 5 stars is 1) and how many people
 * wait for a seat now. A rate or an average over fewer people than the minimum group size (k, at
 * least {@link FeedbackSummary#MINIMUM_ANSWERS} answers for the feedback) is {@code null}.
 */
@Component
class WorkshopFigures implements ToolboxFigures {

	private final JdbcClient jdbc;

	private final GroupSizeSettings groups;

	private final Clock clock;

	WorkshopFigures(JdbcClient jdbc, GroupSizeSettings groups, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.clock = clock;
	}

	@Override
	public String sectionKey() {
		return Practice.PLANNING_WORKSHOPS.labelKey();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToolboxFigure> figures() {
		Instant now = this.clock.instant();
		Timestamp to = Timestamp.from(now);
		Timestamp from = Timestamp.from(ZonedDateTime.ofInstant(now, this.clock.getZone()).minusMonths(12).toInstant());
		String held = "w.status = 'SCHEDULED' and w.starts_at >= :from and w.starts_at <= :to";
		long workshops = this.jdbc.sql("select count(*) from toolbox_workshop w where " + held)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		List<Long> attendance = this.jdbc.sql("""
				select count(*), coalesce(sum(case when s.attendance = 'ATTENDED' then 1 else 0 end), 0)
				from toolbox_workshop_seat s join toolbox_workshop w on w.id = s.workshop_id
				where s.attendance is not null and """ + " " + held)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
		List<Number> feedback = this.jdbc.sql("""
				select count(*), avg(cast(f.rating as double precision))
				from toolbox_workshop_feedback f join toolbox_workshop w on w.id = f.workshop_id
				where """ + " " + held)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> List.<Number>of(rs.getLong(1), rs.getDouble(2)))
			.single();
		long waiting = this.jdbc.sql("""
				select count(distinct s.person_id) from toolbox_workshop_seat s
				join toolbox_workshop w on w.id = s.workshop_id
				where s.status = 'WAITING' and w.status = 'SCHEDULED' and w.starts_at > :to""")
			.param("to", to)
			.query(Long.class)
			.single();
		long recorded = attendance.get(0);
		Double rate = this.groups.shows(recorded) ? attendance.get(1) / (double) recorded : null;
		long answers = feedback.get(0).longValue();
		Double score = (answers >= FeedbackSummary.MINIMUM_ANSWERS && this.groups.shows(answers))
				? (feedback.get(1).doubleValue() - 1) / 4 : null;
		String home = Practice.PLANNING_WORKSHOPS.home();
		return List.of(
				new ToolboxFigure("workshop.held.last12Months", "toolbox.workshop.figure.held", (double) workshops,
						ToolboxFigure.Unit.COUNT, "toolbox.workshop.figure.held.definition", home),
				new ToolboxFigure("workshop.attendance.rate", "toolbox.workshop.figure.attendance", rate,
						ToolboxFigure.Unit.RATE, "toolbox.workshop.figure.attendance.definition", home)
					.tooFewUnless(recorded == 0 || rate != null),
				new ToolboxFigure("workshop.feedback.average", "toolbox.workshop.figure.feedback", score,
						ToolboxFigure.Unit.SCORE, "toolbox.workshop.figure.feedback.definition", home)
					.tooFewUnless(answers == 0 || score != null),
				new ToolboxFigure("workshop.waiting.now", "toolbox.workshop.figure.waiting", (double) waiting,
						ToolboxFigure.Unit.COUNT, "toolbox.workshop.figure.waiting.definition", home));
	}

}
