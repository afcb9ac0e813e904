package com.jixiao.insight.ingest.format.word;

import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What an uploaded Office file is, from its bytes: the kind of container (an OOXML zip or an OLE2 compound file) and
 * what it holds. An OOXML package is inflated here once, entry by entry, under {@link OfficeLimits}, before POI opens
 * it: a zip bomb is refused with {@code officeZipBomb} naming the entry, not with an exception text from deep inside POI.
 * An encrypted OOXML file is not a zip at all but an OLE2 container with an {@code EncryptionInfo} stream: {@code
 * officeEncrypted}.
 */
public final class OfficeContainer {

    /** The kinds an uploaded file may turn out to be; {@link #label} names it in messages ("DOCX"). */
    public enum Kind {
        DOCX("DOCX"),
        DOC("DOC"),
        XLSX("XLSX"),
        XLS("XLS"),
        XLSB("XLSB"),
        PPTX("PPTX"),
        PPT("PPT"),
        ODT("ODT"),
        ODS("ODS"),
        ODP("ODP"),
        ZIP("ZIP"),
        OLE2("OLE2"),
        PDF("PDF"),
        HTML("HTML"),
        UNKNOWN("?");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** How much of {@code [Content_Types].xml} is looked at for the main part's content type. */
    private static final int TYPES_READ = 8 * 1024;

    private static final String WORD_MAIN = "wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "spreadsheetml.sheet.main+xml";

    private OfficeContainer() {}

    /**
     * The kind of {@code bytes}. An OOXML package is inflated once under {@code limits} on the way ({@code officeZipBomb});
     * an encrypted one is refused ({@code officeEncrypted}); a zip or OLE2 file that cannot be read at all is {@code
     * officeCorrupt}, {@code expected} ("Word", "Excel") naming what it was taken for.
     */
    public static Kind sniff(byte[] bytes, OfficeLimits limits, String expected) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return zip(bytes, limits, expected);
        }
        if (startsWith(bytes, OLE2)) {
            return ole2(bytes, expected);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("%pdf")) {
            return Kind.PDF;
        }
        if (head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("mime-version:")
                || head.contains("<html")) {
            return Kind.HTML; // "Save as web page" or a web system's export renamed .doc/.xls: HTML, or MHT
        }
        return Kind.UNKNOWN;
    }

    /** The refusal for a file of kind {@code found} given where {@code expected} ("Word", "Excel") was wanted. */
    public static UnreadableFile wrongKind(Kind found, String expected) {
        return found == Kind.UNKNOWN
                ? new UnreadableFile("officeCorrupt", null, expected)
                : new UnreadableFile("officeWrongKind", null, found.label, expected);
    }

    /** Whether POI's own exception says its zip-bomb guard fired (belt and braces behind {@link #sniff}). */
    public static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb"))) {
                return true;
            }
        }
        return false;
    }

    private static Kind zip(byte[] bytes, OfficeLimits limits, String expected) {
        boolean word = false;
        boolean excel = false;
        boolean excelBinary = false;
        boolean slides = false;
        String mimetype = null;
        String meant = null; // what [Content_Types].xml names as the main part: DOCX, XLSX
        long total = 0;
        int entries = 0;
        Tags sheetTags = new Tags("row", "c");
        Tags wordTags = new Tags("p", "tc");
        byte[] buffer = new byte[16 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new UnreadableFile("zipEntries", null, entries, limits.maxEntries());
                }
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                word |= lower.startsWith("word/");
                excel |= lower.equals("xl/workbook.xml");
                excelBinary |= lower.equals("xl/workbook.bin");
                slides |= lower.equals("ppt/presentation.xml");
                StringBuilder head = lower.equals("mimetype") ? new StringBuilder() : null;
                StringBuilder types = lower.equals("[content_types].xml") ? new StringBuilder() : null;
                Tags tags = lower.startsWith("xl/worksheets/") && lower.endsWith(".xml")
                        ? sheetTags
                        : lower.equals("word/document.xml") ? wordTags : null;
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()
                            || total > limits.maxTotalBytes()
                            || size > limits.graceBytes()
                                    && (double) zip.getCompressedCount() / size < limits.minInflateRatio()) {
                        throw bomb(name, limits);
                    }
                    if (tags != null) {
                        tags.scan(buffer, n);
                    }
                    if (head != null && head.length() < 100) {
                        head.append(new String(buffer, 0, Math.min(n, 100), StandardCharsets.US_ASCII));
                    }
                    if (types != null && types.length() < TYPES_READ) {
                        types.append(new String(buffer, 0, Math.min(n, TYPES_READ), StandardCharsets.US_ASCII));
                    }
                }
                if (head != null) {
                    mimetype = head.toString().strip();
                }
                if (types != null) {
                    meant = types.indexOf(WORD_MAIN) >= 0
                            ? Kind.DOCX.label
                            : types.indexOf(EXCEL_MAIN) >= 0 ? Kind.XLSX.label : null;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFile u) {
                throw u;
            }
            // a package cut off or damaged after its first entries still says what it was meant to be
            String what = word ? Kind.DOCX.label : excel ? Kind.XLSX.label : meant != null ? meant : expected;
            throw new UnreadableFile("officeCorrupt", null, what);
        }
        if (entries == 0) {
            throw new UnreadableFile("officeCorrupt", null, expected);
        }
        // Counted in the XML before POI builds its object model of it, which costs far more memory than the XML.
        for (Tags t : List.of(sheetTags, wordTags)) {
            if (t.rows > limits.maxRows()) {
                throw new UnreadableFile("tooManyRows", null, t.rows, limits.maxRows());
            }
            if (t.cells > limits.maxCells()) {
                throw new UnreadableFile("tooManyCells", null, t.cells, limits.maxCells());
            }
        }
        if (word) {
            return Kind.DOCX;
        }
        if (excel) {
            return Kind.XLSX;
        }
        if (excelBinary) {
            return Kind.XLSB;
        }
        if (slides) {
            return Kind.PPTX;
        }
        if (mimetype != null) {
            if (mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
                return Kind.ODT;
            }
            if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                return Kind.ODS;
            }
            if (mimetype.startsWith("application/vnd.oasis.opendocument.presentation")) {
                return Kind.ODP;
            }
        }
        return Kind.ZIP;
    }

    /**
     * Counts the start tags of rows and cells in a stream of XML ({@code <row>}/{@code <c>} of SpreadsheetML, {@code
     * <w:p>}/{@code <w:tc>} of WordprocessingML: a paragraph stands for a row, an upper bound), whatever their
     * namespace prefix, across buffer boundaries.
     */
    private static final class Tags {
        private final String row;
        private final String cell;
        private final StringBuilder name = new StringBuilder();
        private boolean inName;
        long rows;
        long cells;

        Tags(String row, String cell) {
            this.row = row;
            this.cell = cell;
        }

        void scan(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                char ch = (char) (buffer[i] & 0xFF);
                if (ch == '<') {
                    inName = true;
                    name.setLength(0);
                } else if (inName) {
                    if (ch == ' ' || ch == '>' || ch == '/' || ch == '\t' || ch == '\n' || ch == '\r') {
                        inName = false;
                        String local = name.substring(name.indexOf(":") + 1);
                        if (local.equals(row)) {
                            rows++;
                        } else if (local.equals(cell)) {
                            cells++;
                        }
                    } else if (name.length() < 16) {
                        name.append(ch);
                    } else {
                        inName = false;
                    }
                }
            }
        }
    }

    private static UnreadableFile bomb(String entry, OfficeLimits limits) {
        String shown = entry.length() <= 60 ? entry : entry.substring(0, 59) + "…";
        return new UnreadableFile(
                "officeZipBomb",
                null,
                shown,
                limits.maxEntryBytes() / (1024 * 1024),
                Math.round(1 / Math.max(limits.minInflateRatio(), 1e-9)));
    }

    private static Kind ole2(byte[] bytes, String expected) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            Set<String> names = root.getEntryNames();
            if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
                throw new UnreadableFile("officeEncrypted", null);
            }
            if (names.contains("WordDocument")) {
                return Kind.DOC;
            }
            if (names.contains("Workbook") || names.contains("WORKBOOK") || names.contains("Book")) {
                return Kind.XLS;
            }
            if (names.contains("PowerPoint Document")) {
                return Kind.PPT;
            }
            return Kind.OLE2;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFile u) {
                throw u;
            }
            throw new UnreadableFile("officeCorrupt", null, expected);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
