package io.cocareer.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupSizeSettingsTests {

	@Test
	void aSettingBelowFiveIsRaisedToFive() {
		assertThat(new GroupSizeSettings(2).minGroupSize()).isEqualTo(5);
		assertThat(new GroupSizeSettings(8).minGroupSize()).isEqualTo(8);
	}

	@Test
	void aGroupOfKIsShownAndOneOfKMinusOneIsNot() {
		GroupSizeSettings k = new GroupSizeSettings(5);
		assertThat(k.shows(5)).isTrue();
		assertThat(k.shows(4)).isFalse();
		assertThat(k.shows(0)).isFalse();
	}

}
