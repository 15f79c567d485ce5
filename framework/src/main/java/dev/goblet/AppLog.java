package dev.goblet;

import dev.goblet.internal.LogContext;
import java.util.Locale;

/**
 * The app's logger, as Chalice's {@code app.log}: {@code AppLog.get().info("created " + name)} from a route, a
 * middleware, an exception handler or an event function writes one JSON line to standard output, which Lambda sends
 * to the function's CloudWatch log group:
 *
 * <pre>{"time":"2026-01-02T03:04:05.678Z","level":"INFO","logger":"users","function":"api_handler",
 * "requestId":"0b3f...","apiRequestId":"c6af...","message":"created john"}</pre>
 *
 * <p>{@code logger} is the app's name; {@code function} the Goblet function serving the invocation
 * ({@code api_handler}, an event function's name); {@code requestId} Lambda's id of the invocation (the one on its
 * {@code START} and {@code REPORT} lines) and, for HTTP, {@code apiRequestId} API Gateway's id of the request. Lines
 * below the level are not written: {@code log_level} in the stage config (the {@code GOBLET_LOG_LEVEL} environment
 * variable in the template), {@code INFO} by default. No logging library is involved, so none is loaded in the
 * Lambda; one instance serves every thread.
 */
public final class AppLog {
    /** The environment variable the template sets from the stage config's {@code log_level}. */
    public static final String LEVEL_VARIABLE = "GOBLET_LOG_LEVEL";
    /** A system property that takes precedence over the variable, for tests and tools in one JVM. */
    public static final String LEVEL_PROPERTY = "goblet.logLevel";

    private static final AppLog INSTANCE = new AppLog();

    /** How severe a line is; a logger at a level writes the lines of that level and above, {@code OFF} none. */
    public enum Level { DEBUG, INFO, WARN, ERROR, OFF }

    private AppLog() {}

    /** The logger of the app serving the current invocation. */
    public static AppLog get() {
        return INSTANCE;
    }

    /** The level lines must reach to be written, read from the environment each call so that a test can set it. */
    public Level level() {
        String configured = System.getProperty(LEVEL_PROPERTY);
        if (configured == null) {
            configured = System.getenv(LEVEL_VARIABLE);
        }
        if (configured == null || configured.isBlank()) {
            return Level.INFO;
        }
        try {
            return Level.valueOf(configured.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // The processor checks the stage config's value; a variable set by hand to something else logs at INFO.
            return Level.INFO;
        }
    }

    /** Whether a line of {@code level} would be written: to skip building a costly message. */
    public boolean isEnabled(Level level) {
        return level != Level.OFF && level.compareTo(level()) >= 0;
    }

    public void debug(String message) {
        write(Level.DEBUG, message, null);
    }

    public void info(String message) {
        write(Level.INFO, message, null);
    }

    public void warn(String message) {
        write(Level.WARN, message, null);
    }

    public void error(String message) {
        write(Level.ERROR, message, null);
    }

    /** An error line with the exception's stack trace in its {@code exception} field. */
    public void error(String message, Throwable error) {
        write(Level.ERROR, message, error);
    }

    private void write(Level level, String message, Throwable error) {
        if (!isEnabled(level)) {
            return;
        }
        // One println, so that lines of threads serving at once do not interleave.
        System.out.println(LogContext.line(level.name(), message, error));
    }
}
