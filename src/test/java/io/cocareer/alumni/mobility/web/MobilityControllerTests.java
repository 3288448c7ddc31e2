package io.cocareer.alumni.mobility.web;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.cocareer.alumni.mobility.CareerHorizonService;
import io.cocareer.alumni.mobility.MobilityPolicyService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.ControllerSlice;
import io.cocareer.shared.Role;
import io.cocareer.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The mobility page on a fresh install, before any policy is published (the demo's policy is there
 * in every integration test): it says so, the talent lead gets a link to write the first version,
 * and the Right of First Conversation holds already.
 */
@WebMvcTest(MobilityController.class)
@ControllerSlice
class MobilityControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private MobilityPolicyService policy;

	@MockitoBean
	private CareerHorizonService horizons;

	@Test
	void withNoPolicyYetThePageSaysSoAndTheLeadIsOfferedToWriteTheFirst() throws Exception {
		Actor lead = SignedIn.actor(Role.TALENT_LEAD);
		given(this.policy.current(any(Actor.class))).willReturn(Optional.empty());
		given(this.policy.mayPublish(lead)).willReturn(true);

		MvcTestResult result = this.mvc.get().uri("/mobility").with(SignedIn.as(lead)).exchange();

		assertThat(result).hasStatusOk().hasViewName("alumni/mobility/policy");
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#no-policy").text()).contains("No mobility policy has been published yet.",
				"Write the first version of the mobility policy");
		assertThat(page.select("#no-policy a[href=/mobility/edit]")).hasSize(1);
		assertThat(page.select("#right-of-first-conversation").text()).contains("talk to us first");
	}

	@Test
	void withNoPolicyYetATalentIsToldTheLeadWillPublishIt() throws Exception {
		Actor talent = SignedIn.actor(Role.TALENT);
		given(this.policy.current(any(Actor.class))).willReturn(Optional.empty());

		MvcTestResult result = this.mvc.get().uri("/mobility").with(SignedIn.as(talent)).exchange();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#no-policy").text()).contains("The talent lead will publish it here");
		assertThat(page.select("a[href=/mobility/edit]")).isEmpty();
	}

}
