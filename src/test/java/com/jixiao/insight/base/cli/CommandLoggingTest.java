package com.jixiao.insight.base.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A command's standard output is its answer (JSON of {@code import --dry-run}): log lines go to standard error. */
class CommandLoggingTest {

    @Test
    void logLinesGoToStandardErrorAndPdfboxFontNotesNowhere() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level pdfbox = context.getLogger("org.apache.pdfbox").getLevel();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLogging.toStandardError();
            LoggerFactory.getLogger("com.jixiao.insight.somewhere").warn("a warning of the command");
            LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDType0Font")
                    .warn("No Unicode mapping for CID+51 (51) in font ABCDEF+Song");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            context.getLogger("org.apache.pdfbox").setLevel(pdfbox);
            for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
                if (it.next() instanceof ConsoleAppender<ILoggingEvent> console) {
                    console.stop();
                    console.setTarget("System.out");
                    console.start();
                }
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("a warning of the command")
                .doesNotContain("No Unicode mapping");
    }
}
