package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a batch as they arrive (uploads, a ZIP's files, a folder's files), each saved in the batch's folder
 * beside the store ({@code <store>.batches/<id>/<seq>}) until the batch has stored it, so that a batch of thousands
 * holds none of them in memory and a previewed one can be confirmed later. A file is read up to one byte past the
 * size limit (the reader then refuses it as too large). Names are labels only: a file is saved under its number.
 */
public final class BatchFiles {

    /** One file received: its label, where it is kept, its size and hash, or why it was refused unread. */
    public record Received(int seq, String name, Path path, long size, String sha256, ImportIssue refusal) {}

    private final long id;
    private final Path dir;
    private final ImportLimits limits;
    private final ZipLimits zipLimits;
    private final List<Received> files = new ArrayList<>();

    BatchFiles(long id, Path dir, ImportLimits limits, ZipLimits zipLimits) {
        this.id = id;
        this.dir = dir;
        this.limits = limits;
        this.zipLimits = zipLimits;
    }

    /** Files received into a temporary folder, for a reader that stores nothing (a dry run); {@link #delete} them. */
    public static BatchFiles temporary(ImportLimits limits) {
        try {
            return new BatchFiles(0, Files.createTempDirectory("jixiao-files"), limits, ZipLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** Whether a file of this name is taken as a ZIP of reports ({@code .zip}; an .xlsx or .docx is a report). */
    public static boolean isZip(String name) {
        return ZipEntries.isZip(name);
    }

    /** The id the batch of these files will have. */
    public long id() {
        return id;
    }

    /** The files received so far, in order. */
    public synchronized List<Received> files() {
        return List.copyOf(files);
    }

    /**
     * Receives one upload: a report, or a ZIP of reports (by its name, {@code .zip}) whose files are received one by
     * one. A ZIP past its limits (a bomb, too many files) or unreadable is received as one refused file, none of its
     * files kept.
     */
    public synchronized void add(String name, InputStream in) throws IOException {
        String label = ZipEntries.label(name == null || name.isBlank() ? "upload" : name);
        if (!ZipEntries.isZip(label)) {
            save(label, in);
            return;
        }
        int before = files.size();
        Hashing zip = new Hashing(in);
        try {
            ZipEntries.read(label, zip, zipLimits, (entry, bytes) -> save(label + "/" + entry, bytes));
        } catch (ZipRefused e) {
            for (Received r : files.subList(before, files.size())) {
                Files.deleteIfExists(r.path());
            }
            files.subList(before, files.size()).clear();
            zip.drain(limits.maxBytes());
            files.add(new Received(files.size() + 1, label, null, zip.count, zip.hex(), e.issue()));
        }
    }

    /** Receives a file, a ZIP or every file under a folder (in path order, hidden files and folders skipped). */
    public void add(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile)
                        .filter(p -> !ZipEntries.skipped(path.relativize(p).toString()))
                        .sorted()
                        .toList();
            }
            for (Path p : found) {
                try (InputStream in = Files.newInputStream(p)) {
                    add(path.getFileName() + "/" + path.relativize(p).toString().replace('\\', '/'), in);
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                add(path.getFileName().toString(), in);
            }
        }
    }

    private void save(String label, InputStream in) throws IOException {
        int seq = files.size() + 1;
        Path file = dir.resolve(Integer.toString(seq));
        MessageDigest sha = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            size = in.transferTo(new Limited(out, limits.maxBytes() + 1));
        } catch (Limited.Full e) {
            size = limits.maxBytes() + 1;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file); // a ZIP refused while this entry was unpacked: nothing of it is kept
            throw e;
        }
        files.add(new Received(seq, label, file, size, HexFormat.of().formatHex(sha.digest()), null));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the files and their folder. */
    public void delete() {
        deleteTree(dir);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Writes at most {@code max} bytes, then says it is full (the rest is not read). */
    private static final class Limited extends java.io.FilterOutputStream {
        static final class Full extends IOException {
            Full() {
                super("full");
            }
        }

        private long left;

        Limited(OutputStream out, long max) {
            super(out);
            this.left = max;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            out.write(b, off, n);
            left -= n;
            if (n < len) {
                throw new Full();
            }
        }
    }

    /** Hashes and counts the bytes of a ZIP as they are read. */
    private static final class Hashing extends java.io.FilterInputStream {
        private final MessageDigest sha = sha256();
        long count;

        Hashing(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                sha.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                sha.update(buffer, off, n);
                count += n;
            }
            return n;
        }

        /** Reads on to the end (at most {@code max} more bytes), so that the hash is the whole file's where it can be. */
        void drain(long max) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long left = max;
            int n;
            while (left > 0 && (n = read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
