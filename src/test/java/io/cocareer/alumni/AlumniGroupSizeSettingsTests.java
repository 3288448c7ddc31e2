package io.cocareer.alumni;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlumniGroupSizeSettingsTests {

	@Test
	void aSettingBelowFiveIsRaisedToFive() {
		assertThat(new AlumniGroupSizeSettings(1).minGroupSize()).isEqualTo(5);
		assertThat(new AlumniGroupSizeSettings(0).minGroupSize()).isEqualTo(5);
		assertThat(new AlumniGroupSizeSettings(7).minGroupSize()).isEqualTo(7);
	}

	@Test
	void aGroupOfKIsShownAndOneOfKMinusOneIsNot() {
		AlumniGroupSizeSettings k = new AlumniGroupSizeSettings(5);
		assertThat(k.shows(5)).isTrue();
		assertThat(k.shows(4)).isFalse();
		assertThat(k.shows(0)).isFalse();
	}

}
