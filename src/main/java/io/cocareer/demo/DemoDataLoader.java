package io.cocareer.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.shared.DemoSeeder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, fills an empty database: with a synthetic organisation when
 * {@code cocareer.generate.people} is set (e.g. {@code --cocareer.generate.people=50000}, with
 * {@code --cocareer.generate.competencies-per-talent=30} for about 30 competencies per talent
 * instead of 5 to 8, {@code --cocareer.generate.developers-per-talent=15} developers on each talent's map
 * (0: none) and {@code --cocareer.generate.talents-in-six=3} for three talents in six people instead of one),
 * otherwise with the demo organisation when demo mode is on. A database with people is never
 * touched.
 * <p>
 * After the demo organisation, each module's {@link DemoSeeder} adds its part (tours of duty in
 * every state, ...), lowest order first. A seeder that fails is logged and leaves nothing behind
 * (its own transaction), and the others still run: a demo with fewer stories beats no start.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final OrganisationGenerator generator;

	private final ObjectProvider<DemoSeeder> seeders;

	private final boolean demo;

	private final int generatePeople;

	private final long seed;

	private final int competenciesPerTalent;

	private final int developersPerTalent;

	private final int talentsInSix;

	DemoDataLoader(OrganisationGenerator generator, ObjectProvider<DemoSeeder> seeders, @Value("${cocareer.demo.enabled:false}") boolean demo,
			@Value("${cocareer.generate.people:0}") int generatePeople, @Value("${cocareer.generate.seed:42}") long seed,
			@Value("${cocareer.generate.competencies-per-talent:0}") int competenciesPerTalent,
			@Value("${cocareer.generate.developers-per-talent:15}") int developersPerTalent,
			@Value("${cocareer.generate.talents-in-six:1}") int talentsInSix) {
		this.generator = generator;
		this.seeders = seeders;
		this.demo = demo;
		this.generatePeople = generatePeople;
		this.seed = seed;
		this.competenciesPerTalent = competenciesPerTalent;
		this.developersPerTalent = developersPerTalent;
		this.talentsInSix = talentsInSix;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo && this.generatePeople <= 0) {
			return;
		}
		if (!this.generator.isDatabaseEmpty()) {
			log.info("The database already holds people: no demo or synthetic data loaded");
			return;
		}
		GeneratedOrganisation organisation = (this.generatePeople > 0)
				? this.generator.generate(this.generatePeople, this.seed, this.competenciesPerTalent,
						this.developersPerTalent, this.talentsInSix) : this.generator.generateDemo();
		log.info("Loaded {}: {} people, {} talents. Sign in at /login as lead, manager, talent, alumnus or admin (password demo)",
				(this.generatePeople > 0) ? "a synthetic organisation" : "the demo organisation", organisation.people(),
				organisation.talents());
		if (this.generatePeople <= 0) {
			seed(organisation);
		}
	}

	private void seed(GeneratedOrganisation organisation) {
		var users = this.generator.demoUsers(organisation);
		this.seeders.orderedStream().forEach((seeder) -> {
			try {
				seeder.seed(users);
			}
			catch (RuntimeException ex) {
				log.error("The demo seeder {} failed; the demo runs without its part", seeder.getClass().getName(), ex);
			}
		});
	}

}
