package com.jixiao.insight.projects;

/** One line of a source document; {@code cited} marks the lines a figure comes from. */
public record SourceLine(int lineNo, String text, boolean cited) {}
