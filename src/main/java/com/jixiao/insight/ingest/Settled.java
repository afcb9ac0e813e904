package com.jixiao.insight.ingest;

import com.jixiao.insight.ingest.ImportPreview.RegionSource;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.Regions;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.store.ImportStore;
import com.jixiao.insight.ingest.store.StoredUnits;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * A parsed file settled against the store, as an import stores it: the unit as the store knows it (an alias leads to
 * the stored name), the region (stated by the file, else given with the upload, else the stored unit's) and what
 * refuses it (a unit stored under another region, a fiscal year that cannot be). The one way for a single import
 * ({@link ImportService}) and every file of a batch.
 */
public record Settled(ParsedFile parsed, String region, RegionSource source, List<ImportIssue> errors) {

    /** The earliest fiscal year a report may be of: budget performance self-evaluations began long after. */
    public static final int FIRST_YEAR = 2000;

    public Settled {
        errors = List.copyOf(errors);
    }

    /**
     * Settles {@code parsed}; {@code givenRegion} is the region given with the upload, for a file that does not
     * state one. Throws {@link ImportRejected} when the given region is unreadable or contradicts the file's.
     */
    public static Settled of(DSLContext db, ParsedFile parsed, String givenRegion) {
        return of(
                parsed,
                givenRegion,
                ImportStore.storedUnit(db, parsed.document().unit()));
    }

    /** Settles {@code parsed} against {@code storedUnit}, the unit the store holds under its name or alias, if any. */
    private static Settled of(ParsedFile parsed, String givenRegion, Optional<ImportStore.StoredUnit> storedUnit) {
        ReportDocument doc = parsed.document();
        String file = parsed.source().fileName();
        List<ImportIssue> warnings = new ArrayList<>(parsed.warnings());
        String unit = storedUnit.map(ImportStore.StoredUnit::name).orElse(doc.unit());
        if (!unit.equals(doc.unit())) {
            warnings.add(ImportIssue.of(Severity.WARNING, "unitByAlias", file, null, null, null, doc.unit(), unit));
        }
        Optional<String> given = Optional.ofNullable(givenRegion)
                .map(g -> Regions.normalise(g)
                        .orElseThrow(() -> new ImportRejected(
                                ImportIssue.of(Severity.ERROR, "badRegion", file, null, null, null, g))));
        Optional<String> stored = storedUnit.map(ImportStore.StoredUnit::region);
        String region;
        RegionSource source;
        if (doc.region() != null) {
            region = doc.region();
            source = RegionSource.STATED;
            if (given.isPresent() && !given.get().equals(region)) {
                throw new ImportRejected(
                        ImportIssue.of(Severity.ERROR, "regionConflict", file, null, null, null, region, given.get()));
            }
        } else if (given.isPresent()) {
            region = given.get();
            source = RegionSource.GIVEN;
        } else if (stored.isPresent()) {
            region = stored.get();
            source = RegionSource.STORED_UNIT;
        } else {
            region = null;
            source = RegionSource.MISSING;
        }
        List<ImportIssue> errors = new ArrayList<>();
        int lastYear = Year.now().getValue();
        if (doc.year() < FIRST_YEAR || doc.year() > lastYear) {
            errors.add(ImportIssue.of(
                    Severity.ERROR, "yearOutOfRange", file, null, null, null, doc.year(), FIRST_YEAR, lastYear));
        }
        if (region != null && stored.isPresent() && !stored.get().equals(region)) {
            errors.add(ImportIssue.of(
                    Severity.ERROR, "unitRegionConflict", file, null, null, null, unit, stored.get(), region));
        }
        List<String> aliases = new ArrayList<>(doc.unitAliases());
        if (!unit.equals(doc.unit()) && !aliases.contains(doc.unit())) {
            aliases.add(doc.unit());
        }
        ReportDocument settled = new ReportDocument(
                doc.source(),
                doc.title(),
                unit,
                aliases,
                region,
                doc.year(),
                doc.reports(),
                doc.expenditureLines(),
                doc.priorYearFigures(),
                doc.contradictions());
        return new Settled(
                new ParsedFile(
                        settled, parsed.source(), warnings, parsed.format(), parsed.encoding(), parsed.regionStated()),
                region,
                source,
                errors);
    }

    /**
     * Settles a file of a batch: {@code batchRegion} is the batch's default, for files that state no region and whose
     * unit the store does not hold yet; a stored unit keeps its own region (a batch mixes units of many regions).
     */
    public static Settled inBatch(StoredUnits units, ParsedFile parsed, String batchRegion) {
        // Against the units read once for the batch: a query per file cost the reading threads ~9 ms a file.
        Optional<ImportStore.StoredUnit> stored = units.find(parsed.document().unit());
        return of(parsed, stored.isPresent() ? null : batchRegion, stored);
    }

    /** Why the file cannot be stored, if it cannot: its first error, or the region nobody gave. */
    public Optional<ImportIssue> refusal() {
        if (!errors.isEmpty()) {
            return Optional.of(errors.getFirst());
        }
        if (region == null) {
            return Optional.of(ImportIssue.of(
                    Severity.ERROR, "regionRequired", parsed.source().fileName(), null, null, null));
        }
        return Optional.empty();
    }
}
