package com.jixiao.insight.projects;

/**
 * One line of a source document; {@code cited} marks the lines a figure comes from. {@code location} says where the
 * line stands in the original file when that was not text: "第2页 y=341" (PDF: page, points from the top), "表1 第3行"
 * (Word: table and row), "自评表!A5:H5" (a sheet's cells); null for a text file, whose line number is its place.
 */
public record SourceLine(int lineNo, String text, boolean cited, String location) {}
