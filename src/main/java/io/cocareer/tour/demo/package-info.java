/**
 * The demo tours: a story of tours of duty played through the tour services, step by step on its
 * own clock, so that every table of the tour module holds what the services would have written.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: demo")
package io.cocareer.tour.demo;
