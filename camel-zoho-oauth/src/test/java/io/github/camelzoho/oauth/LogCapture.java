package io.github.camelzoho.oauth;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Captures everything logged (with stack traces) while open, at the levels given. */
public final class LogCapture implements AutoCloseable {

    private final StringWriter out = new StringWriter();
    private final WriterAppender appender;
    private final Map<String, Level> previous = new LinkedHashMap<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);

    public LogCapture(Map<String, Level> levels) {
        Configuration config = context.getConfiguration();
        PatternLayout layout = PatternLayout.newBuilder().withPattern("%-5level %c - %msg%n%throwable").withConfiguration(config).build();
        appender = WriterAppender.createAppender(layout, null, out, "capture", false, true);
        appender.start();
        config.addAppender(appender);
        for (Map.Entry<String, Level> e : levels.entrySet()) {
            LoggerConfig lc = config.getLoggerConfig(e.getKey());
            if (!lc.getName().equals(e.getKey())) {
                lc = new LoggerConfig(e.getKey(), e.getValue(), true);
                config.addLogger(e.getKey(), lc);
                previous.put(e.getKey(), null);
            } else {
                previous.put(e.getKey(), lc.getLevel());
            }
            lc.setLevel(e.getValue());
        }
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        context.updateLoggers();
    }

    public String text() {
        return out.toString();
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        config.getRootLogger().removeAppender("capture");
        previous.forEach((name, level) -> {
            if (level == null) {
                config.removeLogger(name);
            } else {
                config.getLoggerConfig(name).setLevel(level);
            }
        });
        context.updateLoggers();
        appender.stop();
    }
}
