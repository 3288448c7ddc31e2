package io.cocareer.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSchemaNamesTests {

	private final ApiSchemaNames names = new ApiSchemaNames();

	@Test
	void aNestedRecordIsNamedAfterItsControllerWithoutTheSuffix() throws Exception {
		assertThat(name("io.cocareer.talent.competency.web.TalentCompetencyApiController$Request"))
			.isEqualTo("TalentCompetencyRequest");
		assertThat(name("io.cocareer.tour.web.WorkPackageApiController$CompetencyRequest"))
			.isEqualTo("WorkPackageCompetencyRequest");
	}

	@Test
	void aNameThatAlreadyStartsWithThePrefixKeepsItOnce() throws Exception {
		assertThat(name("io.cocareer.talent.pool.web.TalentApiController$TalentResponse")).isEqualTo("TalentResponse");
		assertThat(name("io.cocareer.talent.ninebox.web.TalentNineBoxApiController$Response$Cell"))
			.isEqualTo("TalentNineBoxResponseCell");
		assertThat(name("io.cocareer.tour.overview.TourOverviewService$TourOverview")).isEqualTo("TourOverview");
	}

	@Test
	void aTopLevelTypeKeepsItsSimpleName() throws Exception {
		assertThat(name("io.cocareer.tour.TourView")).isEqualTo("TourView");
		assertThat(name("io.cocareer.tour.TourView$PersonRef")).isEqualTo("TourViewPersonRef");
	}

	@Test
	void twoTypesThatStillMeetOnOneNameDoNotShareASchema() {
		assertThat(this.names.getNameOfClass(Same.class)).isEqualTo("ApiSchemaNamesTestsSame");
		assertThat(this.names.getNameOfClass(ApiSchemaNamesTestsSame.class))
			.isEqualTo("io.cocareer.shared.web.ApiSchemaNamesTests.ApiSchemaNamesTestsSame");
		assertThat(this.names.typeOf("ApiSchemaNamesTestsSame")).contains(Same.class);
		assertThat(this.names.getNameOfClass(Same.class)).isEqualTo("ApiSchemaNamesTestsSame");
	}

	private String name(String className) throws ClassNotFoundException {
		return this.names.getNameOfClass(Class.forName(className));
	}

	record Same() {
	}

	record ApiSchemaNamesTestsSame() {
	}

}
