/**
 * A talent's development plan and networking fund (issue 9, step 5): activities (events,
 * conferences, communities, speaking, courses, rotations, networking lunches) tied to the gaps of
 * the talent's desired network ({@link io.cocareer.network.map}), each with an estimated cost, a
 * status and, once done, the outcome, the actual cost and the people met, who go onto the map in
 * one step. The fund is a budget per talent and calendar year: planned activities commit it, done
 * ones spend it, and nothing may take it over. The plan is its talent's alone; the talent lead sees
 * only each talent's fund in figures and sets budgets ({@code internal.PlanAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: development plan and fund")
package io.cocareer.network.plan;
