package io.cocareer.network;

/** How often the talent and a developer are in touch, as the talent would say it. */
public enum ContactFrequency {

	WEEKLY, MONTHLY, QUARTERLY, YEARLY, RARELY

}
