package com.jixiao.insight.base.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command of the jar: its standard output is the command's answer ({@code import --dry-run} prints
 * JSON to pipe on), so log lines go to standard error; and PDFBox's notes on a report's fonts ("No Unicode mapping
 * for CID+51", one per glyph) are left out, as in the web app (application.properties): what a reader could not read
 * is told in the import's own warnings.
 */
public final class CommandLogging {

    private CommandLogging() {}

    /** Before any command runs; a command that starts Spring has the same from its properties. */
    public static void toStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof ConsoleAppender<ILoggingEvent> console) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        }
    }
}
