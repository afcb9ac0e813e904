package com.jixiao.insight.ingest.model;

import com.jixiao.insight.base.i18n.Messages;
import java.util.Locale;

/** A file the importer refuses, with the located reason; nothing of it is stored. */
public final class ImportRejected extends RuntimeException {

    private final transient ImportIssue issue;

    public ImportRejected(ImportIssue issue) {
        super(issue.message(Messages.of(Locale.ENGLISH)));
        this.issue = issue;
    }

    public ImportIssue issue() {
        return issue;
    }
}
