/**
 * Word forms as grid rows ({@link WordGrid}), and what the Office readers of {@code format.word} and
 * {@code format.sheet} share: the container check with its zip-bomb guard ({@link OfficeContainer}), the limits
 * ({@link OfficeLimits}), row counting ({@link OfficeRows}) and cell text ({@link OfficeText}).
 *
 * <h2>Legacy .doc is read, with HWPF</h2>
 *
 * Tried on the project form saved by LibreOffice as Word 97-2003 ({@code soffice --convert-to doc}, the fixture
 * src/test/resources/office/project_form.doc): POI HWPF (poi-scratchpad, the version of poi-ooxml) finds both tables,
 * every row and cell, the vertical merges as {@code isFirstVerticallyMerged}/{@code isVerticallyMerged} flags, and
 * the cell text with its paragraph marks. What a .doc does not store is the grid: LibreOffice saves a horizontally merged
 * cell as one wide cell, without the older {@code isFirstMerged}/{@code isMerged} flags (those are read too, when a
 * file has them), so {@link LegacyWordGrid} takes the table's columns from the cell edges of all its rows, snapped
 * within 30 twips, and a cell's colspan is the number of columns between its edges. With that the DOC
 * reads exactly as the DOCX of the same form (WordGridTest). Word 6.0/95 files ({@code OldWordFileFormatException})
 * are refused with {@code docLegacy}: save as .docx.
 *
 * <h2>Limits</h2>
 *
 * {@link OfficeLimits#DEFAULT}: a zip entry may unpack to 100 MB, a package to 200 MB, no entry past its first 100 KB
 * to more than 100 times its packed size, a package may have 10,000 entries; a file may give 100,000 rows and 500,000
 * cells, a cell 20,000 characters. Rows and cells of an OOXML file are counted in its XML while the zip is checked,
 * before POI builds its object model.
 */
package com.jixiao.insight.ingest.format.word;
