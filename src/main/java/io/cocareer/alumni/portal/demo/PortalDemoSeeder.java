package io.cocareer.alumni.portal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.portal.AlumniPostService;
import io.cocareer.alumni.portal.AlumniReferralService;
import io.cocareer.alumni.portal.PostKind;
import io.cocareer.alumni.portal.ReferCandidate;
import io.cocareer.alumni.portal.ReferralStatus;
import io.cocareer.alumni.portal.SavePost;
import io.cocareer.alumni.portal.internal.PortalBackdating;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The demo's alumni portal, dated relative to today: news over the past months, collaboration
 * opportunities and roles (open, and some closed), interest from a few alumni, and referrals in
 * every status. Written through the portal's services as the talent lead and as each alumnus;
 * only the dates are moved back. Without alumni in the register (no exits seeded), the posts alone.
 */
@Component
class PortalDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(PortalDemoSeeder.class);

	private final AlumniPostService posts;

	private final AlumniReferralService referrals;

	private final AlumniRegister register;

	private final PeopleDirectory people;

	private final PortalBackdating history;

	private final Clock clock;

	PortalDemoSeeder(AlumniPostService posts, AlumniReferralService referrals, AlumniRegister register,
			PeopleDirectory people, PortalBackdating history, Clock clock) {
		this.posts = posts;
		this.referrals = referrals;
		this.register = register;
		this.people = people;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 310;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = demo.lead();
		post(lead, PostKind.NEWS, null, "Our 2026 alumni evening: save the date",
				"Join us on the roof terrace for drinks and short talks from alumni who went on to found companies.",
				today.minusDays(75), null);
		post(lead, PostKind.NEWS, null, "We opened an office in Lisbon",
				"Forty people now work from Lisbon; alumni passing by are welcome for coffee.", today.minusDays(30), null);
		post(lead, PostKind.NEWS, null, "Results of the year, shared with alumni first",
				"A strong year: growth in every unit, and six boomerangs came back. Thank you for staying close.",
				today.minusDays(4), null);
		UUID speaker = post(lead, PostKind.COLLABORATION, CollaborationKind.SPEAKER,
				"Speakers wanted for our engineering summit",
				"Twenty minutes on what you learned since leaving: we cover travel.", today.minusDays(20),
				today.plusDays(40));
		UUID partner = post(lead, PostKind.COLLABORATION, CollaborationKind.PARTNER,
				"Pilot partners for our new analytics platform",
				"Alumni whose companies want an early look: a three-month pilot at cost.", today.minusDays(12),
				today.plusDays(60));
		post(lead, PostKind.COLLABORATION, CollaborationKind.MENTOR, "Mentors for the graduate programme 2026",
				"An hour a month with one of our graduates.", today.minusDays(120), today.minusDays(60));
		UUID engineer = post(lead, PostKind.ROLE, null, "Senior data engineer (Lisbon or remote)",
				"Build the pipelines behind our analytics platform. Alumni know how we work: tell us who would fit.",
				today.minusDays(15), today.plusDays(45));
		UUID designer = post(lead, PostKind.ROLE, null, "Product designer, payments",
				"Shape the checkout our customers use every day.", today.minusDays(8), null);
		post(lead, PostKind.ROLE, null, "Engineering manager, platform team", "Lead a team of eight.",
				today.minusDays(150), today.minusDays(90));

		List<AlumnusRecord> alumni = this.register.all(lead).stream().filter(AlumnusRecord::contactable).toList();
		if (alumni.isEmpty()) {
			log.info("Demo alumni portal: no alumni in the register, the posts alone");
			return;
		}
		List<Actor> actors = alumni.stream().limit(6).map(this::asAlumnus).toList();
		interest(actors, 0, speaker);
		interest(actors, 1, speaker);
		interest(actors, 0, partner);
		interest(actors, 2, engineer);
		interest(actors, 3, designer);

		String[][] candidates = { { "Jordan Ellis", "jordan.ellis@example.org" }, { "Priya Raman", "priya.raman@example.org" },
				{ "Tomás Ferreira", "tomas.ferreira@example.org" }, { "Mei Lin", "mei.lin@example.org" },
				{ "Sam Okafor", "sam.okafor@example.org" } };
		ReferralStatus[] statuses = { ReferralStatus.NEW, ReferralStatus.IN_PROCESS, ReferralStatus.HIRED,
				ReferralStatus.DECLINED, ReferralStatus.NEW };
		for (int i = 0; i < candidates.length; i++) {
			Actor by = actors.get(i % actors.size());
			UUID forPost = (i % 2 == 0) ? engineer : designer;
			UUID id = this.referrals.refer(by, new ReferCandidate(candidates[i][0], candidates[i][1], forPost, null,
					"We worked together for three years; strong, kind and gets things done."));
			this.history.referral(id, today.minusDays(14 - 2L * i));
			if (statuses[i] != ReferralStatus.NEW) {
				if (statuses[i] != ReferralStatus.IN_PROCESS) {
					this.referrals.move(lead, id, ReferralStatus.IN_PROCESS, version(lead, id));
				}
				this.referrals.move(lead, id, statuses[i], version(lead, id));
			}
		}
	}

	private long version(Actor lead, UUID referralId) {
		return this.referrals.referral(lead, referralId).version();
	}

	private void interest(List<Actor> actors, int index, UUID postId) {
		if (index < actors.size()) {
			this.posts.expressInterest(actors.get(index), postId);
		}
	}

	private Actor asAlumnus(AlumnusRecord record) {
		String name = this.people.get(record.personId()).fullName();
		return new Actor(AccountId.of(UUID.randomUUID()), "demo-alumnus", record.personId(), name, Set.of(Role.ALUMNUS));
	}

	private UUID post(Actor lead, PostKind kind, CollaborationKind collaboration, String title, String body,
			LocalDate publishedOn, LocalDate closesOn) {
		boolean closed = closesOn != null && closesOn.isBefore(LocalDate.now(this.clock));
		UUID id = this.posts.publish(lead, new SavePost(kind, collaboration, title, body, null, closed ? null : closesOn));
		this.history.post(id, publishedOn, closesOn);
		return id;
	}

}
