package com.jixiao.insight.ingest.format.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Fixtures and helpers shared by the Word and sheet reader tests; files that must not be committed are made here. */
public final class OfficeFixtures {

    private OfficeFixtures() {}

    /** A committed fixture under src/test/resources/office/ (made by tools/office/make_office_fixtures.sh). */
    public static byte[] resource(String name) {
        try (InputStream in = OfficeFixtures.class.getResourceAsStream("/office/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip bomb dressed as an OOXML file: a real {@code [Content_Types].xml} and a {@code mainPart} of {@code
     * megabytes} MB of one repeated byte, deflated on the fly through a 64 KB buffer (a few hundred KB in all).
     */
    public static byte[] zipBomb(String mainPart, int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "</Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(mainPart));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < megabytes * 1024L * 1024; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip with one entry of {@code bytes} bytes of text that compresses only about 2:1 (no bomb, just large). */
    public static byte[] largeEntry(String mainPart, int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(mainPart));
            Random random = new Random(7);
            byte[] line = new byte[1024];
            for (int written = 0; written < bytes; written += line.length) {
                for (int i = 0; i < line.length; i++) {
                    line[i] = (byte) ('a' + random.nextInt(26));
                }
                zip.write(line);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code ooxml} encrypted with a password, as Office saves it: an OLE2 file with EncryptionInfo. */
    public static byte[] encrypted(byte[] ooxml) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("秘密");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(ooxml));
                    OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The refusal that {@code read} throws, checked to have {@code code}. */
    public static UnreadableFile refusal(String code, Supplier<List<GridRow>> read) {
        UnreadableFile e = catchThrowableOfType(UnreadableFile.class, read::get);
        assertThat(e).as("refused with " + code).isNotNull();
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        return e;
    }

    /** The first row whose first non-empty cell is {@code text}. */
    public static GridRow rowStarting(List<GridRow> rows, String text) {
        return rows.stream()
                .filter(r -> r.cells().stream()
                        .filter(c -> !c.isEmpty())
                        .findFirst()
                        .orElse("")
                        .equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row starting with " + text));
    }

    /** {@code zip} with the text of entry {@code name} changed by {@code change}. */
    public static byte[] rewriteZip(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] addEntry(byte[] zip, String name, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(data);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
