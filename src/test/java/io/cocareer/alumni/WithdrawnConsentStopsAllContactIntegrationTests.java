package io.cocareer.alumni;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.conversation.AddFollowUp;
import io.cocareer.alumni.conversation.ExitConversationService;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.alumni.conversation.ScheduleConversation;
import io.cocareer.alumni.conversation.UpdateConversation;
import io.cocareer.alumni.conversation.internal.ConversationProposals;
import io.cocareer.alumni.directory.AlumniRelations;
import io.cocareer.alumni.exit.ExitService;
import io.cocareer.alumni.portal.AlumniPortalService;
import io.cocareer.alumni.portal.AlumniPostService;
import io.cocareer.alumni.portal.AlumniReferralService;
import io.cocareer.alumni.portal.PostKind;
import io.cocareer.alumni.portal.ReferCandidate;
import io.cocareer.alumni.portal.ReferralStatus;
import io.cocareer.alumni.portal.SavePost;
import io.cocareer.alumni.reentry.AskToReturn;
import io.cocareer.alumni.reentry.ReentryService;
import io.cocareer.alumni.reentry.SaveEvaluation;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withdrawn consent stops all contact at once (issue 10, "Privacy"): once an alumnus withdraws it,
 * nothing any alumni module does tells them anything, in the app or by mail: a post to alumni, a
 * referral of theirs moved on, an invitation to the distinguished tier, the decision on their
 * request to come back, their past exit recorded, a follow-up of their conversation falling due.
 * An alumnus who kept their consent still hears of the post.
 */
@IntegrationTest
class WithdrawnConsentStopsAllContactIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	ExitConversationService conversations;

	@Autowired
	ConversationProposals proposals;

	@Autowired
	ExitService exits;

	@Autowired
	AlumniRelations relations;

	@Autowired
	AlumniPortalService portal;

	@Autowired
	AlumniPostService posts;

	@Autowired
	AlumniReferralService referrals;

	@Autowired
	ReentryService reentry;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAlumnusWhoWithdrewTheirConsentIsToldNothingByAnyModule() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		Actor lead = world.lead();
		LocalDate today = LocalDate.now(this.clock);
		AlumniDownloads.Member withdrawn = world.hire(Role.TALENT);
		AlumniDownloads.Member consenting = world.hire(Role.TALENT);
		UUID leadsFollowUp = heldWithFollowUpsDueToday(lead, withdrawn);
		world.leave(withdrawn);
		world.leave(consenting);
		Actor alumnus = withdrawn.as(Role.ALUMNUS);
		UUID request = this.reentry.ask(alumnus, new AskToReturn("Engineer", null, null, null, "I miss the team"));
		UUID referral = this.referrals.refer(alumnus,
				new ReferCandidate("Cand Idate", "cand@example.org", null, "A data role", "Strong"));
		long before = notices(withdrawn);

		this.portal.withdrawConsent(alumnus);
		this.posts.publish(lead, new SavePost(PostKind.NEWS, null, "Alumni evening", "Come along", null, null));
		this.referrals.move(lead, referral, ReferralStatus.IN_PROCESS, version("alumni_referral", referral));
		this.relations.setDistinguished(lead, withdrawn.id(), true);
		this.reentry.evaluate(lead, request, new SaveEvaluation(null, 3, 3, false, null, null, null, null, null, null),
				null);
		this.reentry.decide(lead, request, ReentryDecision.NOT_NOW, "Not this year", null);
		this.exits.recordPastExit(lead, withdrawn.personId());
		this.proposals.remindFollowUpsDue(today);

		assertThat(notices(withdrawn)).as("nothing since they withdrew their consent").isEqualTo(before);
		assertThat(count("select count(*) from notification where action_key = ?",
				ConversationProposals.followUpAction(leadsFollowUp)))
			.as("the talent lead is still reminded of their own follow-up").isEqualTo(1);
		assertThat(count("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.person_id = ? and n.kind = 'alumni.portal.posted'""", consenting.personId()))
			.as("an alumnus who kept their consent hears of the post").isEqualTo(1);
	}

	@Test
	void aFollowUpOfATalentWhoLeftIsNotRemindedToThemEvenWithConsent() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		AlumniDownloads.Member leaver = world.hire(Role.TALENT);
		heldWithFollowUpsDueToday(world.lead(), leaver);
		world.leave(leaver);

		this.proposals.remindFollowUpsDue(LocalDate.now(this.clock));

		assertThat(count("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.person_id = ? and n.kind = 'alumni.conversation.followUpDue'""", leaver.personId()))
			.as("an alumnus cannot open the conversation, and the programme alone writes to them").isZero();
	}

	@Test
	void aMailQueuedBeforeTheWithdrawalIsNeverSentAfterIt() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		AlumniDownloads.Member withdrawn = world.hire(Role.TALENT);
		AlumniDownloads.Member consenting = world.hire(Role.TALENT);
		world.leave(withdrawn);
		world.leave(consenting);
		// a mail each, waiting in the outbox (not yet due, as if the outbox had not come round yet)
		UUID stopped = queuedMail(withdrawn);
		UUID kept = queuedMail(consenting);

		this.portal.withdrawConsent(withdrawn.as(Role.ALUMNUS));

		assertThat(this.jdbc.sql("select email_next_at is null and emailed_at is null and email_error = 'consent withdrawn' from notification where id = ?")
			.param(stopped)
			.query(Boolean.class)
			.single()).as("nothing due any more, the reason kept").isTrue();
		assertThat(count("select count(*) from notification where email_next_at is not null and id = ?", kept))
			.as("another alumnus' mail still goes").isEqualTo(1);
	}

	private UUID queuedMail(AlumniDownloads.Member member) {
		UUID account = this.accounts.findByPerson(PersonId.of(member.personId())).orElseThrow().id();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into notification (id, account_id, kind, message_code, arguments, link, created_at, email_to,
					email_attempts, email_next_at)
				values (:id, :account, 'alumni.portal.posted', 'tour.checkInDue', '[]', null, :now, 'alumnus@example.org', 0, :due)""")
			.param("id", id)
			.param("account", account)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("due", java.sql.Timestamp.from(this.clock.instant().plusSeconds(3600)))
			.update();
		return id;
	}

	/** A conversation held with the talent, with a follow-up of theirs and one of the lead's, both due today; the lead's. */
	private UUID heldWithFollowUpsDueToday(Actor lead, AlumniDownloads.Member talent) {
		LocalDate today = LocalDate.now(this.clock);
		UUID id = this.conversations.schedule(lead, new ScheduleConversation(talent.id(), HolderKind.TALENT_LEAD, today));
		this.conversations.update(lead, id, new UpdateConversation(today, null, today, Intention.MAY_LEAVE, 6, null, null,
				null, null), this.conversations.get(lead, id).version());
		this.conversations.addFollowUp(lead, id, new AddFollowUp("Their follow-up", talent.id(), today));
		return this.conversations.addFollowUp(lead, id,
				new AddFollowUp("The lead's follow-up", PersonId.of(lead.personId().value()), today));
	}

	private long notices(AlumniDownloads.Member member) {
		return count("select count(*) from notification n join account a on a.id = n.account_id where a.person_id = ?",
				member.personId());
	}

	private long version(String table, UUID id) {
		return this.jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
	}

	private long count(String sql, Object value) {
		return this.jdbc.sql(sql).param(value).query(Long.class).single();
	}

}
