package io.cocareer.network.recruit.demo;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.network.Arena;
import io.cocareer.network.recruit.AssetKind;
import io.cocareer.network.recruit.CandidateService;
import io.cocareer.network.recruit.CandidateStage;
import io.cocareer.network.recruit.SaveAsset;
import io.cocareer.network.recruit.SaveCandidate;
import io.cocareer.network.recruit.internal.Candidates;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates for the demo, one or more in every stage, kept by the talent lead; two hired by
 * Marco (the demo manager) are his to see. Their assets mix organisations the demo talents' maps
 * reach ({@code NetworkDemoSeeder} names Northwind Logistics, Fabrikam Bank, TU Delft, Data Guild
 * NL …, several of them on at least five maps) with ones nobody reaches, so the evaluation shows
 * both. One candidate was hired earlier: a generated colleague of Marco's team, assets kept.
 * Runs after the networks' seeder, whose maps the reach counts.
 */
@Component
class RecruitDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(RecruitDemoSeeder.class);

	private final CandidateService candidates;

	private final Candidates stored;

	private final PeopleDirectory people;

	private final Clock clock;

	RecruitDemoSeeder(CandidateService candidates, Candidates stored, PeopleDirectory people, Clock clock) {
		this.candidates = candidates;
		this.stored = stored;
		this.people = people;
		this.clock = clock;
	}

	/** After the networks' demo (order 0), whose maps the reach counts; before the tours (100). */
	@Override
	public int getOrder() {
		return 10;
	}

	@Override
	@Transactional
	public void seed(DemoOrganisation demo) {
		Actor lead = demo.lead();
		PersonId marco = demo.manager().personId();
		// first, so that the list (newest first) ends with them
		int hired = hiredEarlier(lead, marco, demo.talent().personId()) ? 1 : 0;
		candidate(lead, "Priya Raman", "Senior data engineer", CandidateStage.SOURCED, null,
				"Found through a talk at a data meetup.", org("Fabrikam Bank", "Five years in its data platform team"),
				community("PyData Amsterdam", "Co-organises the monthly meetup"), domain("Streaming data"));
		candidate(lead, "Jonas Meyer", "Product manager", CandidateStage.APPLIED, null, null,
				community("Product Tank", null), org("Spotify", "Product lead for podcasts"), arena(Arena.EDUCATION, "Guest lecturer"));
		candidate(lead, "Amara Nwosu", "UX researcher", CandidateStage.INTERVIEWING, marco, "Second interview next week.",
				org("TU Delft", "PhD in design research"), community("ResearchOps Community", "Runs its Benelux chapter"),
				arena(Arena.PROFESSIONAL_ASSOCIATION, null), domain("Service design"));
		candidate(lead, "Lucas Ferreira", "Platform engineer", CandidateStage.OFFER, marco, "Offer sent; answer expected Friday.",
				org("Northwind Logistics", "Built its delivery tracking"), org("ASML", "Contractor for two years"),
				community("CNCF Netherlands", "Speaker"), domain("Kubernetes"));
		candidate(lead, "Sofia Lindqvist", "Data scientist", CandidateStage.OFFER, null, null,
				community("Data Guild NL", "Member for six years"), org("Booking.com", "Experimentation team"),
				org("Erasmus University", "Alumna"), arena(Arena.OTHER, "Start-up mentor"));
		candidate(lead, "Tomás Ruiz", "Sales lead", CandidateStage.DECLINED, null, "Took another offer.",
				org("Contoso Retail", null), community("Rotary Rotterdam", null));
		candidate(lead, "Mei Chen", "Finance business partner", CandidateStage.SOURCED, null, null,
				org("Deloitte", "Audit, four years"), community("Women in Finance NL", null));
		log.info("Demo recruitment: {} candidates, {} hired earlier", 7 + hired, hired);
	}

	/** A generated person of Marco's team, hired from recruitment earlier with what they brought. */
	private boolean hiredEarlier(Actor lead, PersonId marco, PersonId tara) {
		List<PersonSummary> team = this.people.directReports(marco).stream()
			.filter((p) -> !tara.value().equals(p.id()))
			.sorted(Comparator.comparing(PersonSummary::employeeId).reversed())
			.toList();
		if (team.isEmpty()) {
			return false;
		}
		PersonSummary person = team.get(0);
		UUID id = candidate(lead, person.fullName(), (person.title() != null) ? person.title() : "Analyst",
				CandidateStage.OFFER, marco, null, org("Tailspin Air", "Operations analyst for three years"),
				community("Rotterdam Running Club", null), community("Analytics Engineers NL", "Meetup host"));
		this.stored.findById(id).orElseThrow().hiredAs(person.id(), this.clock.instant());
		return true;
	}

	private UUID candidate(Actor lead, String name, String role, CandidateStage stage, PersonId hiringManager, String note,
			SaveAsset... assets) {
		UUID id = this.candidates.create(lead, new SaveCandidate(name, role, stage, note, hiringManager));
		for (SaveAsset asset : assets) {
			this.candidates.addAsset(lead, id, asset);
		}
		return id;
	}

	private static SaveAsset org(String name, String description) {
		return new SaveAsset(AssetKind.ORGANISATION, name, description);
	}

	private static SaveAsset community(String name, String description) {
		return new SaveAsset(AssetKind.COMMUNITY, name, description);
	}

	private static SaveAsset arena(Arena arena, String description) {
		return new SaveAsset(AssetKind.ARENA, arena.name(), description);
	}

	private static SaveAsset domain(String name) {
		return new SaveAsset(AssetKind.DOMAIN, name, null);
	}

}
