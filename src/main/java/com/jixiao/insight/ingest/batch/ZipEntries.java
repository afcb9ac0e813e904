package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of a ZIP, read as a stream with limits ({@link ZipLimits}): the sizes its headers claim are not trusted,
 * the bytes are counted as they are unpacked. Folders are walked (their path becomes part of the file's label),
 * {@code __MACOSX} and hidden files are skipped. Names without the UTF-8 flag are read as GB18030, as Chinese Windows
 * writes them. A name is only a label, never a path.
 */
final class ZipEntries {

    /** Receives each file of the ZIP: its label and a stream of its bytes, to read at most {@code max} of. */
    @FunctionalInterface
    interface Sink {
        void file(String label, InputStream bytes) throws IOException;
    }

    private static final Charset NAMES = Charset.forName("GB18030");

    private ZipEntries() {}

    /** Whether a file of this name is taken as a ZIP of reports (an .xlsx or .docx is a ZIP too, and is a report). */
    static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Hands every file of the ZIP {@code in} (called {@code zipName}) to {@code sink}; throws {@link ZipRefused} at the
     * first limit passed, or if the ZIP cannot be read.
     */
    static void read(String zipName, InputStream in, ZipLimits limits, Sink sink) throws IOException, ZipRefused {
        Counting compressed = new Counting(in);
        Unpacked unpacked = new Unpacked(zipName, limits, compressed);
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(compressed, NAMES)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || skipped(entry.getName())) {
                    continue;
                }
                if (++entries > limits.maxEntries()) {
                    throw refused(zipName, "zipTooManyEntries", limits.maxEntries());
                }
                InputStream bytes = unpacked.entry(zip);
                sink.file(label(entry.getName()), bytes);
                bytes.transferTo(java.io.OutputStream.nullOutputStream()); // what the sink left unread still counts
                unpacked.check();
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // EOFException: a ZIP cut off; IllegalArgumentException: a name that is no text in any charset
            throw refused(zipName, "zipUnreadable", String.valueOf(e.getMessage()));
        } catch (LimitPassed e) {
            throw e.refused;
        }
        if (entries == 0) {
            throw refused(zipName, "zipEmpty");
        }
    }

    /** {@code __MACOSX/…}, {@code .DS_Store}, {@code ._x}, {@code Thumbs.db}, a hidden folder: not reports. */
    static boolean skipped(String path) {
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.equals("__MACOSX") || part.startsWith(".")) {
                return true;
            }
        }
        String last =
                path.substring(path.replace('\\', '/').lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return last.equals("thumbs.db") || last.equals("desktop.ini");
    }

    /** The entry's path as a label: forward slashes, no control characters, at most 200 characters. */
    static String label(String path) {
        String l = path.replace('\\', '/').replaceAll("\\p{Cntrl}", "").strip();
        while (l.startsWith("/")) {
            l = l.substring(1);
        }
        return l.length() > 200 ? l.substring(l.length() - 200) : l;
    }

    private static ZipRefused refused(String zipName, String code, Object... args) {
        return new ZipRefused(ImportIssue.of(Severity.ERROR, code, zipName, null, null, null, args));
    }

    /** A limit passed while a sink was reading: carried out of the sink as an unchecked exception. */
    private static final class LimitPassed extends IOException {
        final transient ZipRefused refused;

        LimitPassed(ZipRefused refused) {
            super(refused.getMessage());
            this.refused = refused;
        }
    }

    /** Counts the unpacked bytes of all entries against the total and the ratio to the compressed bytes read. */
    private static final class Unpacked {
        private final String zipName;
        private final ZipLimits limits;
        private final Counting compressed;
        private long total;

        Unpacked(String zipName, ZipLimits limits, Counting compressed) {
            this.zipName = zipName;
            this.limits = limits;
            this.compressed = compressed;
        }

        InputStream entry(ZipInputStream zip) {
            return new FilterInputStream(zip) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = super.read(buffer, off, len);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }

                @Override
                public void close() {
                    // the ZIP stays open for its next entry
                }
            };
        }

        private void add(int n) throws LimitPassed {
            total += n;
            check();
        }

        void check() throws LimitPassed {
            if (total > limits.maxTotalBytes()) {
                throw new LimitPassed(refused(zipName, "zipTooLarge", megabytes(limits.maxTotalBytes())));
            }
            if (total > limits.ratioFloorBytes() && total > (long) limits.maxRatio() * Math.max(1, compressed.count)) {
                throw new LimitPassed(refused(zipName, "zipBomb", limits.maxRatio()));
            }
        }
    }

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
