package com.jixiao.insight.projects.ui;

import com.jixiao.insight.projects.SourceLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;

/**
 * The source lines of a figure, cited lines highlighted, shown as text (never as HTML). A line read from a PDF, Word or
 * Excel file also shows where it stands in that file (page and position, table and row, sheet and cells), and the
 * heading names the place of the cited lines, so the figure can be found in the original.
 */
class SourceDialog extends Dialog {

    final Span heading;

    SourceDialog(String title, String documentFile, List<SourceLine> lines) {
        setHeaderTitle(title);
        setWidth("min(60rem, 95vw)");
        Div body = new Div();
        body.addClassName("source-lines");
        for (SourceLine line : lines) {
            Div row = new Div();
            row.addClassName("source-line");
            if (line.cited()) {
                row.addClassName("cited");
            }
            Span no = new Span(String.valueOf(line.lineNo()));
            no.addClassName("line-no");
            row.add(no);
            if (line.location() != null) {
                Span location = new Span(line.location());
                location.addClassName("line-location");
                row.add(location);
            }
            row.add(new Span(line.text()));
            body.add(row);
        }
        List<SourceLine> cited = lines.stream().filter(SourceLine::cited).toList();
        int first = cited.isEmpty() ? 0 : cited.getFirst().lineNo();
        int last = cited.isEmpty() ? 0 : cited.getLast().lineNo();
        String place = place(cited);
        heading = new Span(
                place == null
                        ? getTranslation("source.document", documentFile, first, last)
                        : getTranslation("source.documentAt", documentFile, first, last, place));
        add(heading, body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Where the cited lines stand in the original file: one place, or the first to the last; null for text. */
    private String place(List<SourceLine> cited) {
        List<String> located = cited.stream()
                .map(SourceLine::location)
                .filter(Objects::nonNull)
                .toList();
        if (located.isEmpty()) {
            return null;
        }
        String from = located.getFirst();
        String to = located.getLast();
        return from.equals(to) ? from : getTranslation("source.locationRange", from, to);
    }
}
