/**
 * Excel workbooks filled in as the official form (not the import template) as grid rows: {@link SheetGrid}. Container
 * checks and limits are those of {@code format.word}.
 */
package com.jixiao.insight.ingest.format.sheet;
