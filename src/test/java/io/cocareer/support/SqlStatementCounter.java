package io.cocareer.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the web server runs, for tests that prove a page or API call issues
 * a bounded number of statements. A component under {@code io.cocareer} in the test classes, so
 * it is part of the one shared test context (no extra context, no context-changing annotation):
 * it wraps the {@link DataSource} in a datasource-proxy that counts executions made on the
 * server's request threads only (background jobs and the test thread are not counted).
 */
@Component
public class SqlStatementCounter implements BeanPostProcessor, QueryExecutionListener {

	private final AtomicLong count = new AtomicLong();

	private final List<String> statements = new CopyOnWriteArrayList<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(this).build();
		}
		return bean;
	}

	public void reset() {
		this.count.set(0);
		this.statements.clear();
	}

	/** Statements run by request threads since the last {@link #reset()}; a JDBC batch counts once. */
	public long count() {
		return this.count.get();
	}

	/**
	 * Statements of one call, after a warm-up call (first calls may fill caches). The session is
	 * saved after the response is written, so the server is given a moment to finish each call.
	 */
	public long ofOneCall(Call call) throws Exception {
		call.run();
		Thread.sleep(100);
		reset();
		call.run();
		Thread.sleep(200);
		return count();
	}

	/** A call to the server, which may throw as HTTP clients do. */
	@FunctionalInterface
	public interface Call {

		void run() throws Exception;

	}

	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		if (Thread.currentThread().getName().startsWith("http-nio-")) {
			this.count.incrementAndGet();
			if (!queryInfoList.isEmpty()) {
				this.statements.add(queryInfoList.get(0).getQuery());
			}
		}
	}

}
