package io.cocareer.shared;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTests {

	private static final Path BUNDLES = Paths.get("src/main/resources/messages");

	@Test
	void everyBundleOfTheSourcesIsFoundOnTheClassPath() throws IOException {
		List<String> files;
		try (Stream<Path> walk = Files.walk(BUNDLES)) {
			files = walk.filter((f) -> f.toString().endsWith(".properties"))
				.map((f) -> "messages/" + BUNDLES.relativize(f).toString().replace('\\', '/').replace(".properties", ""))
				.toList();
		}
		assertThat(files).isNotEmpty();
		assertThat(MessageBundles.basenames(new PathMatchingResourcePatternResolver())).containsAll(files);
	}

	@Test
	void everyBundleAnswersThroughTheMessageSourceInUtf8() throws IOException {
		MessageSourceProperties properties = new MessageSourceProperties();
		MessageSource messages = new MessageBundles().messageSource(properties);
		try (Stream<Path> walk = Files.walk(BUNDLES)) {
			for (Path file : walk.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				Properties bundle = load(file);
				String key = bundle.stringPropertyNames().iterator().next();
				assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key + " of " + file).isNotNull();
			}
		}
		assertThat(messages.getMessage("login.title", null, Locale.ENGLISH)).isEqualTo("Sign in · CoCareer");
	}

	@Test
	void translationsBelongToTheirBundleAndFoldersAreSearched(@TempDir Path root) throws IOException {
		write(root, "messages/alpha.properties");
		write(root, "messages/alpha_de.properties");
		write(root, "messages/alpha_en_GB.properties");
		write(root, "messages/nine_box.properties");
		write(root, "messages/tour/catalogue.properties");
		write(root, "other/ignored.properties");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { root.toUri().toURL() }, null)) {
			assertThat(MessageBundles.basenames(new PathMatchingResourcePatternResolver(loader)))
				.containsExactly("messages/alpha", "messages/nine_box", "messages/tour/catalogue");
		}
	}

	private static void write(Path root, String name) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "key=value\n");
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return properties;
	}

}
