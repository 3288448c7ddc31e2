package io.cocareer.toolbox.guidance;

/**
 * A page of the app that carries out a step, which the reader may open.
 * @param path where it is, such as {@code /tours/packages}
 * @param labelKey the message key of its name
 */
public record Screen(String path, String labelKey) {

}
