package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.store.SeedReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reports for batch tests, derived from the sources of seeds 001, 003 and 004 as the import benchmark derives them
 * (the unit renamed, the year moved back), each a new document of a seed's size; and bad files of the kinds a real
 * batch holds: truncated, binary, of an impossible year, duplicated.
 */
public final class BatchFixtures {

    /** A seed the importer reads from its source text, and what it holds. */
    public record Source(String name, String text, String unit, int year, int evaluations, int indicators) {}

    /** A file for a batch and what it must become. */
    public record Report(String name, byte[] bytes, String unit, int year, int evaluations, int indicators) {}

    /** The region the batches give: the derived units are new, and the sources do not state theirs. */
    public static final String REGION = "湖北省/测试市/样本区";

    private static List<Source> sources;

    private BatchFixtures() {}

    public static synchronized List<Source> sources() {
        if (sources == null) {
            List<Source> found = new ArrayList<>();
            for (SeedReports.Seed seed : SeedReports.all()) {
                String name = seed.document().source();
                if (name.startsWith("001_") || name.startsWith("003_") || name.startsWith("004_")) {
                    found.add(new Source(
                            name,
                            new String(TestStores.resource("/data/sources/" + name), StandardCharsets.UTF_8),
                            seed.document().unit(),
                            seed.document().year(),
                            seed.document().reports().size(),
                            seed.document().reports().stream()
                                    .mapToInt(r -> r.indicators().size())
                                    .sum()));
                }
            }
            sources = List.copyOf(found);
        }
        return sources;
    }

    /** The {@code k}-th derived report: a unit "批测{tag}{k/4}…" reporting for four years back from its seed's. */
    public static Report derived(String tag, int k) {
        Source s = sources().get(k % 3);
        int round = k / 3;
        String unit = "批测" + tag + String.format(Locale.ROOT, "%04d", round / 4) + s.unit();
        int year = s.year() - round % 4;
        String text = s.text().replace(s.unit(), unit);
        text = Pattern.compile("(?<!\\d)" + s.year() + "(?=\\s*年)")
                .matcher(text)
                .replaceAll(Integer.toString(year));
        return new Report(
                tag + "-" + k + ".txt",
                text.getBytes(StandardCharsets.UTF_8),
                unit,
                year,
                s.evaluations(),
                s.indicators());
    }

    /** The report cut off in the middle of an indicator row, after its target: a download that broke off. */
    public static byte[] truncated(Report r) {
        String text = new String(r.bytes(), StandardCharsets.UTF_8);
        int target = text.indexOf("\t≥", text.length() / 2);
        int end = text.indexOf('\t', target + 1);
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are no text: an image, a program. */
    public static byte[] binary(int seed) {
        byte[] b = new byte[4096];
        new Random(seed).nextBytes(b);
        b[0] = (byte) 0x89;
        b[1] = 0;
        return b;
    }

    /** The report with its year made 2099: a typo no fiscal year can be. */
    public static byte[] wrongYear(Report r) {
        String text = new String(r.bytes(), StandardCharsets.UTF_8);
        return Pattern.compile("(?<!\\d)" + r.year() + "(?=\\s*年)")
                .matcher(text)
                .replaceAll("2099")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP of {@code entries} (name, bytes pairs as given). */
    public static byte[] zip(List<Report> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Report r : entries) {
                zip.putNextEntry(new ZipEntry(r.name()));
                zip.write(r.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
