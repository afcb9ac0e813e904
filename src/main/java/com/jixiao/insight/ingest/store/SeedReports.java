package com.jixiao.insight.ingest.store;

import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportJson;
import com.jixiao.insight.ingest.model.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The curated seed reports shipped in {@code data/}: each JSON with its verbatim source text. */
public final class SeedReports {

    /** A curated report and the document it was read from. */
    public record Seed(String name, ReportDocument document, SourceText source) {}

    private SeedReports() {}

    public static List<Seed> all() {
        var resolver = new PathMatchingResourcePatternResolver(SeedReports.class.getClassLoader());
        try {
            Resource[] jsons = resolver.getResources("classpath:data/*.json");
            Arrays.sort(jsons, Comparator.comparing(Resource::getFilename));
            List<Seed> seeds = new ArrayList<>();
            for (Resource json : jsons) {
                ReportDocument doc = ReportJson.read(json.getInputStream(), "data/" + json.getFilename());
                Resource text = resolver.getResource("classpath:data/sources/" + doc.source());
                if (!text.exists()) {
                    throw new IllegalStateException(
                            "data/" + json.getFilename() + ": its source data/sources/" + doc.source() + " is missing");
                }
                byte[] bytes = text.getContentAsByteArray();
                seeds.add(new Seed(json.getFilename(), doc, SourceText.utf8(doc.source(), bytes)));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed reports in data/", e);
        }
    }
}
