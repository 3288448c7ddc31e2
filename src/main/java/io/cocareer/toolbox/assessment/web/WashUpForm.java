package io.cocareer.toolbox.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cocareer.toolbox.assessment.ConsensusEntry;
import io.cocareer.toolbox.assessment.WashUpRecord;
import io.cocareer.toolbox.assessment.WashUpView;

/** The chair's record of a participant's wash-up: a consensus per competency, the suggestions, the version read. */
public class WashUpForm {

	private List<Row> consensus = new ArrayList<>();

	private String developmentSuggestions;

	private Long version;

	static WashUpForm of(WashUpView view) {
		WashUpForm form = new WashUpForm();
		for (WashUpView.Row row : view.rows()) {
			Row entry = new Row();
			entry.setCompetencyId(row.competency().id());
			entry.setRating(row.consensus());
			entry.setRationale(row.rationale());
			form.consensus.add(entry);
		}
		form.developmentSuggestions = view.developmentSuggestions();
		form.version = view.version();
		return form;
	}

	WashUpRecord toRecord() {
		return new WashUpRecord(this.consensus.stream()
			.map((r) -> new ConsensusEntry(r.getCompetencyId(), r.getRating(), r.getRationale()))
			.toList(), this.developmentSuggestions);
	}

	public int indexOf(UUID competencyId) {
		for (int i = 0; i < this.consensus.size(); i++) {
			if (competencyId.equals(this.consensus.get(i).getCompetencyId())) {
				return i;
			}
		}
		return -1;
	}

	public List<Row> getConsensus() {
		return this.consensus;
	}

	public void setConsensus(List<Row> consensus) {
		this.consensus = consensus;
	}

	public String getDevelopmentSuggestions() {
		return this.developmentSuggestions;
	}

	public void setDevelopmentSuggestions(String developmentSuggestions) {
		this.developmentSuggestions = developmentSuggestions;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public static class Row {

		private UUID competencyId;

		private Integer rating;

		private String rationale;

		public UUID getCompetencyId() {
			return this.competencyId;
		}

		public void setCompetencyId(UUID competencyId) {
			this.competencyId = competencyId;
		}

		public Integer getRating() {
			return this.rating;
		}

		public void setRating(Integer rating) {
			this.rating = rating;
		}

		public String getRationale() {
			return this.rationale;
		}

		public void setRationale(String rationale) {
			this.rationale = rationale;
		}

	}

}
