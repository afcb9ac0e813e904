package com.jixiao.insight.projects.ui;

import com.jixiao.insight.projects.SourceLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The source lines of a figure, cited lines highlighted, shown as text (never as HTML). */
class SourceDialog extends Dialog {

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
            Span text = new Span(line.text());
            row.add(no, text);
            body.add(row);
        }
        add(
                new Span(getTranslation(
                        "source.document",
                        documentFile,
                        lines.stream()
                                .filter(SourceLine::cited)
                                .findFirst()
                                .map(SourceLine::lineNo)
                                .orElse(0),
                        lines.stream()
                                .filter(SourceLine::cited)
                                .reduce((a, b) -> b)
                                .map(SourceLine::lineNo)
                                .orElse(0))),
                body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
