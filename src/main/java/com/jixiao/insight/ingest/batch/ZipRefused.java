package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.model.ImportIssue;

/** A ZIP refused as a whole (a bomb, too many entries, unreadable): none of its files is kept. */
final class ZipRefused extends Exception {

    private final transient ImportIssue issue;

    ZipRefused(ImportIssue issue) {
        super(issue.code());
        this.issue = issue;
    }

    ImportIssue issue() {
        return issue;
    }
}
