package io.cocareer.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar, started as a user starts it: {@code java -jar} in an empty directory, so on
 * the default embedded database (an H2 file under ./data) with the demo organisation, on a free
 * port. Its output goes to a log file under target/ for CI to read. It is always stopped: by
 * {@link #stop()}, or by a shutdown hook if the test JVM ends first.
 */
final class RunningJar {

	/**
	 * Connections are retired after 30 s instead of 30 min: the first connection of the pool, the
	 * one Flyway migrated the database with, is closed within the run, so database bugs that show
	 * only after that (issue 7, item 2) show here.
	 */
	static final Duration CONNECTION_LIFETIME = Duration.ofSeconds(30);

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private final Instant launchedAt;

	private final Thread stopOnExit;

	private Instant readyAt;

	private RunningJar(Process process, String baseUrl, Path log, Instant launchedAt) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
		this.launchedAt = launchedAt;
		this.stopOnExit = new Thread(process::destroyForcibly, "stop-packaged-jar");
		Runtime.getRuntime().addShutdownHook(this.stopOnExit);
	}

	/** Starts the jar in {@code scratch/app} (emptied first) and waits until it serves its sign-in page. */
	static RunningJar start(Path jar, Path scratch, Duration startTimeout) {
		Path workingDirectory = scratch.resolve("app");
		deleteRecursively(workingDirectory);
		Path log = scratch.resolve("cocareer.log");
		try {
			Files.createDirectories(workingDirectory);
			Files.deleteIfExists(log);
			int port = freePort();
			ProcessBuilder builder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
					"-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
					"--spring.datasource.hikari.max-lifetime=" + CONNECTION_LIFETIME.toMillis())
				.directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// as a user starts it: no configuration of this shell (a test database, a profile) leaks in
			builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("COCAREER_"));
			RunningJar running = new RunningJar(builder.start(), "http://localhost:" + port, log, Instant.now());
			running.awaitReady(startTimeout);
			return running;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String baseUrl() {
		return this.baseUrl;
	}

	Path log() {
		return this.log;
	}

	Instant launchedAt() {
		return this.launchedAt;
	}

	Duration startup() {
		return Duration.between(this.launchedAt, this.readyAt);
	}

	/** The processor time the jar's process has used so far (all its threads). */
	Duration cpu() {
		return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** Stops it as a service manager would (SIGTERM), and kills it if it has not ended after 30 s. */
	void stop() {
		try {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(this.stopOnExit);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down, and the hook is running anyway
			}
		}
	}

	private void awaitReady(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = this.launchedAt.plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The jar ended with exit code " + this.process.exitValue()
						+ " before it served a page. The end of " + this.log + ":\n" + tail(40));
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login"))
					.timeout(Duration.ofSeconds(10))
					.GET()
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					this.readyAt = Instant.now();
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(Duration.ofMillis(500));
		}
		stop();
		throw new IllegalStateException("The jar did not serve its sign-in page within " + timeout.toSeconds()
				+ " s. The end of " + this.log + ":\n" + tail(40));
	}

	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
			for (Path path : paths) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
