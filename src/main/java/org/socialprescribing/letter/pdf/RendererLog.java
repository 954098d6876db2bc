package org.socialprescribing.letter.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * Sends openhtmltopdf's messages to the application's log instead of its own console handler, so
 * that they carry the application's format and levels. Its INFO messages ("Prepare to fly", font
 * loading, timings) come with every letter, so they are logged at DEBUG.
 */
final class RendererLog implements XRLogger {
    static final RendererLog INSTANCE = new RendererLog();

    private RendererLog() {}

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(levelOf(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(levelOf(level), message, error);
    }

    @Override
    public void setLevel(String where, Level level) {
        // Levels are the application's logging configuration to set, not the renderer's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere())
                .isEnabled(levelOf(diagnostic.getLevel()));
    }

    private static Logger.Level levelOf(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        return Logger.Level.DEBUG;
    }
}
