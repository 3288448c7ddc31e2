package io.cocareer.alumni.directory.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumniProfileView;
import io.cocareer.alumni.directory.AlumniRelations;
import io.cocareer.alumni.directory.AlumnusRow;
import io.cocareer.alumni.directory.SaveProfile;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The demo's alumni profiles and relations, after the exits of the demo (which make the alumni):
 * each alumnus whose profile is still empty fills it in (realistic employers, roles and skills;
 * most listed, every fifth not), and the talent lead logs interactions dated relative to today so
 * that every tier has members: events, collaborations with their value, referrals (five hired),
 * contacts; Alex Morgan is engaged; five alumni are invited to the distinguished tier (so that the
 * review across alumni, which shows no group under five, can show every tier). Written
 * through the directory's own services, as each alumnus and as the talent lead. Without alumni it
 * does nothing.
 */
@Component
class DirectoryDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoSeeder.class);

	/** Employer, role, headline, location, skills. */
	private static final List<String[]> PROFILES = List.of(
			new String[] { "Fabrikam", "Staff data engineer", "Streaming data platforms for retail", "Amsterdam",
					"Kafka;Flink;Data contracts" },
			new String[] { "Contoso Bank", "Product manager, payments", "Making instant payments boring", "London",
					"Product discovery;SEPA;Stakeholder management" },
			new String[] { "Northwind Health", "Engineering manager", "Growing teams that ship safely", "Utrecht",
					"Hiring;Coaching;Incident management" },
			new String[] { "Adatum", "Founder", "Building a climate-reporting start-up", "Berlin",
					"Fundraising;Go-to-market;ESG reporting" },
			new String[] { "Tailspin Logistics", "Head of analytics", "Forecasting demand across Europe", "Rotterdam",
					"Forecasting;dbt;Team leadership" },
			new String[] { "University of Amsterdam", "PhD candidate", "Research on fair ranking", "Amsterdam",
					"Machine learning;Statistics;Teaching" },
			new String[] { "Wingtip Consulting", "Senior consultant", "Helping insurers move to the cloud", "Brussels",
					"Cloud migration;Azure;Workshops" },
			new String[] { "Lucerne Publishing", "UX lead", "Designing for readers on small screens", "Zürich",
					"Design systems;Accessibility;User research" },
			new String[] { "Freelance", "Interim CFO", "Finance for scale-ups between rounds", "Antwerp",
					"Fundraising;FP&A;Board reporting" },
			new String[] { "Proseware", "Site reliability engineer", "Keeping payments up at 3 a.m.", "Dublin",
					"Kubernetes;Terraform;On-call" },
			new String[] { "Trey Research", "Research scientist", "Large language models for legal texts", "Paris",
					"NLP;PyTorch;Evaluation" },
			new String[] { "Coho Winery", "Operations director", "From spreadsheets to a real ERP", "Porto",
					"ERP rollout;Supply chain;Lean" },
			new String[] { "Alpine Ski House", "Marketing lead", "Brands people come back to", "Innsbruck",
					"Brand strategy;Content;Community" },
			new String[] { "Margie's Travel", "Chief technology officer", "A small team, a big platform", "Lisbon",
					"Architecture;Hiring;Java" },
			new String[] { "Fourth Coffee", "People partner", "Careers as tours of duty, for real", "Copenhagen",
					"Career coaching;Employment law;Workshops" },
			new String[] { "Graphic Design Institute", "Lecturer", "Teaching data visualisation", "Ghent",
					"Data visualisation;D3;Teaching" },
			new String[] { "Relecloud", "Solutions architect", "Data platforms for the public sector", "The Hague",
					"Solution design;Security;Procurement" },
			new String[] { "Woodgrove Bank", "Risk analyst", "Credit models that regulators understand", "Frankfurt",
					"Credit risk;Python;Model validation" },
			new String[] { "Wide World Importers", "Category manager", "Sourcing sustainably", "Hamburg",
					"Negotiation;Sustainability;Category strategy" },
			new String[] { "Sabbatical", "Travelling", "A year to learn to sail and to cook", "Valencia",
					"Sailing;Spanish;Cooking" },
			new String[] { "Litware", "Developer advocate", "Talks and tutorials on event-driven systems", "Stockholm",
					"Public speaking;Kafka;Writing" },
			new String[] { "Blue Yonder Airlines", "Programme manager", "Digitising maintenance", "Toulouse",
					"Programme management;SAFe;Aviation" },
			new String[] { "City of Amsterdam", "Data protection officer", "Privacy by design, in practice", "Amsterdam",
					"GDPR;Privacy engineering;Audits" },
			new String[] { "Humongous Insurance", "Actuary", "Pricing for a changing climate", "Munich",
					"Pricing;R;Climate risk" });

	private final AlumniDirectory directory;

	private final AlumniRelations relations;

	private final Clock clock;

	DirectoryDemoSeeder(AlumniDirectory directory, AlumniRelations relations, Clock clock) {
		this.directory = directory;
		this.relations = relations;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 300;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		Actor lead = demo.lead();
		List<AlumnusRow> all = new java.util.ArrayList<>();
		PageResult<AlumnusRow> page;
		int index = 0;
		do {
			page = this.relations.alumni(lead, null, Paging.of(index++, Paging.MAX_SIZE));
			all.addAll(page.items());
		}
		while (page.hasNext());
		LocalDate today = LocalDate.now(this.clock);
		List<AlumnusRow> alumni = all
			.stream()
			.filter((a) -> a.rehiredOn() == null)
			// an exit recorded ahead of its leaving day has no "since" yet to log anything in
			.filter((a) -> !a.leftOn().isAfter(today))
			.sorted(Comparator.comparing(AlumnusRow::leftOn).thenComparing(AlumnusRow::name))
			.toList();
		if (alumni.isEmpty()) {
			log.info("Demo alumni directory skipped: there are no alumni yet");
			return;
		}
		int profiled = 0;
		int distinguished = 0;
		int hired = 0;
		for (int i = 0; i < alumni.size(); i++) {
			AlumnusRow alumnus = alumni.get(i);
			Actor self = new Actor(AccountId.of(UUID.randomUUID()), "demo-alumnus", PersonId.of(alumnus.personId()),
					alumnus.name(), Set.of(Role.ALUMNUS));
			AlumniProfileView profile = this.directory.myProfile(self);
			if (profile.employer() != null || profile.role() != null) {
				continue;
			}
			String[] p = PROFILES.get(i % PROFILES.size());
			try {
				this.directory.saveMyProfile(self, new SaveProfile(p[0], p[1], List.of(p[4].split(";")), p[2], p[3],
						"https://www.linkedin.com/in/" + slug(alumnus.name()), i % 5 != 4), profile.version());
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				// the profile changed while it was being filled in (the register's consent reaching it after
				// commit): it is no longer the empty one the demo fills; leave it as it is
				continue;
			}
			profiled++;
			boolean alex = "Alex Morgan".equals(alumnus.name());
			LocalDate since = alumnus.leftOn().isAfter(today.minusDays(300)) ? alumnus.leftOn() : today.minusDays(300);
			int step = (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(since, today) / 6);
			// a contact for everyone who may be contacted: connected unless they take part
			if (alumnus.contactable()) {
				log(lead, alumnus, InteractionKind.CONTACT, since.plusDays(step), "Coffee catch-up on their new role", null);
			}
			if (!alumnus.contactable() && !alex) {
				continue;
			}
			if (alex || i % 3 == 0) {
				log(lead, alumnus, InteractionKind.EVENT, since.plusDays(2L * step), "Came to the alumni summer evening",
						null);
			}
			if (alex || i % 4 == 1) {
				log(lead, alumnus, InteractionKind.COLLABORATION, since.plusDays(3L * step),
						"Two-week data audit for our retail arm", 1_200_000L + 250_000L * (i % 4));
			}
			if (i % 5 == 2 || i % 5 == 4) {
				UUID referral = log(lead, alumnus, InteractionKind.REFERRAL, since.plusDays(4L * step),
						(i % 5 == 2) ? "Referred a senior backend engineer" : "Referred a product designer", null);
				if (hired < 5 && referral != null && i % 5 == 2) {
					this.relations.markReferralHired(lead, referral);
					hired++;
				}
			}
			if (distinguished < 5 && (i % 6 == 3)) {
				this.relations.setDistinguished(lead, PersonId.of(alumnus.personId()), true);
				distinguished++;
			}
		}
		log.info("Demo alumni directory: {} profiles, {} distinguished, {} referrals hired", profiled, distinguished,
				hired);
	}

	private UUID log(Actor lead, AlumnusRow alumnus, InteractionKind kind, LocalDate on, String summary, Long value) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate when = on.isAfter(today) ? today : (on.isBefore(alumnus.leftOn()) ? alumnus.leftOn() : on);
		return this.relations.recordInteraction(lead, PersonId.of(alumnus.personId()),
				new RecordInteraction(kind, when, summary, value));
	}

	private static String slug(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
