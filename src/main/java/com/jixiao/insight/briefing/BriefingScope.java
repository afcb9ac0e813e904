package com.jixiao.insight.briefing;

import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeArguments;
import java.util.Optional;

/**
 * What a briefing covers: a region (a path such as 湖北省/武汉市, or every region) and a year or a range of years
 * (or every year). Checked when made, so the command line, HTTP and the page say the same things.
 */
public record BriefingScope(Optional<String> region, Optional<Integer> fromYear, Optional<Integer> toYear) {

    /** A range wider than this is a typo, not a briefing. */
    static final int MAX_YEARS = 30;

    public BriefingScope {
        if (fromYear.isPresent() != toYear.isPresent()) {
            throw new IllegalArgumentException("from and to go together; give both, or year for a single year");
        }
        if (fromYear.isPresent() && fromYear.get() > toYear.get()) {
            throw new IllegalArgumentException("from " + fromYear.get() + " is after to " + toYear.get());
        }
        if (fromYear.isPresent() && toYear.get() - fromYear.get() + 1 > MAX_YEARS) {
            throw new IllegalArgumentException("a range covers at most " + MAX_YEARS + " years");
        }
    }

    /** The scope of the screens' filters (kind and unit are not part of a briefing). */
    public static BriefingScope of(Scope scope) {
        Optional<Integer> from = scope.fromYear().or(scope::toYear);
        Optional<Integer> to = scope.toYear().or(scope::fromYear);
        if (from.isPresent() && from.get() > to.get()) {
            Optional<Integer> swap = from;
            from = to;
            to = swap;
        }
        return new BriefingScope(scope.region(), from, to);
    }

    /**
     * From raw parameters, null or blank where absent: {@code year}, or {@code from} and {@code to}, or none (every
     * year); {@code region} a path or none (every region). Throws IllegalArgumentException naming what is wrong.
     */
    public static BriefingScope parse(String region, String year, String from, String to) {
        Optional<Integer> fromYear;
        Optional<Integer> toYear;
        if (!ScopeArguments.absent(year)) {
            if (!ScopeArguments.absent(from) || !ScopeArguments.absent(to)) {
                throw new IllegalArgumentException("give either year or from and to, not both");
            }
            fromYear = toYear = Optional.of(ScopeArguments.year("year", year));
        } else if (ScopeArguments.absent(from) && ScopeArguments.absent(to)) {
            fromYear = toYear = Optional.empty();
        } else if (ScopeArguments.absent(from) || ScopeArguments.absent(to)) {
            throw new IllegalArgumentException("from and to go together; give both, or year for a single year");
        } else {
            fromYear = Optional.of(ScopeArguments.year("from", from));
            toYear = Optional.of(ScopeArguments.year("to", to));
        }
        return new BriefingScope(ScopeArguments.region(region), fromYear, toYear);
    }

    public Scope toScope() {
        return Scope.all().withRegion(region).withYears(fromYear, toYear);
    }

    /** The region's own name (the last of its path), or empty for every region. */
    public Optional<String> regionName() {
        return region.map(r -> r.substring(r.lastIndexOf('/') + 1));
    }
}
