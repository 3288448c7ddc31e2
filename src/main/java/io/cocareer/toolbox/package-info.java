/**
 * The classic career toolbox and when to use which (issue 11). Nested by practice, as the tours
 * and the alumni are: {@code toolbox.assignment} the optimal assignment (min-cost flow) that
 * mentoring and rotation share, {@code toolbox.counselling} career counselling,
 * {@code toolbox.workshop} career planning workshops, {@code toolbox.mentoring} mentoring
 * programmes, {@code toolbox.rotation} rotation planning for tours of duty,
 * {@code toolbox.assessment} assessment centres, {@code toolbox.programme} leadership and expert
 * development programmes, {@code toolbox.diagnostic} the when-to-use diagnostic,
 * {@code toolbox.guidance} the seeds' guidance beside the screens that carry it out,
 * {@code toolbox.overview} the talent lead's programme overview and the infographic.
 * <p>
 * The root holds the vocabulary the nested modules share ({@link Approach}, {@link Practice}),
 * the cards of the toolbox page ({@link ToolboxCard}) and the figures the nested modules offer the
 * overview and the infographic ({@link ToolboxFigures}); it uses none of them. Figures about the
 * other approaches come from their events and published APIs, never from their tables. Each nested
 * module decides who sees its records in one access policy in its {@code internal}: counselling
 * notes and assessment ratings are read only by those involved and the talent lead; administrators
 * run the system and read no careers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox",
		allowedDependencies = { "shared", "people", "talent", "tour", "network", "alumni", "identity",
				"notification" })
package io.cocareer.toolbox;
