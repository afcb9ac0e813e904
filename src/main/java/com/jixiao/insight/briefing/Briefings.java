package com.jixiao.insight.briefing;

import com.jixiao.insight.base.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A briefing as a file that stands on its own when forwarded: DOCX to edit, PDF to print. */
public final class Briefings {

    private Briefings() {}

    /** Writes {@code briefing} to {@code out} (which stays open) in {@code locale}. */
    public static void write(Briefing briefing, BriefingFormat format, Locale locale, OutputStream out) {
        Messages messages = Messages.of(locale);
        BriefingText text = new BriefingText(briefing, messages);
        var charts = BriefingCharts.of(briefing, messages);
        try {
            switch (format) {
                case DOCX -> BriefingDocx.write(briefing, text, charts, out);
                case PDF -> BriefingPdf.write(briefing, text, charts, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format.code() + " briefing", e);
        }
    }

    /** An ASCII file name: {@code briefing-2024.docx}, {@code briefing-2022-2024.pdf}, {@code briefing-all.pdf}. */
    public static String fileName(Briefing briefing, BriefingFormat format) {
        BriefingScope s = briefing.scope();
        String years = s.fromYear().isEmpty()
                ? "all"
                : s.fromYear().get().equals(s.toYear().get())
                        ? String.valueOf(s.fromYear().get())
                        : s.fromYear().get() + "-" + s.toYear().get();
        return "briefing-" + years + "." + format.code();
    }
}
