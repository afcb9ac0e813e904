package com.jixiao.insight.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The read benchmark reads every seed's source and the PDF form, and its batch mix is the batch's three seeds. */
class ReportReadsTest {

    @Test
    void everySeedAndThePdfAreReadAndTimed() {
        List<ReportReads.Result> results = ReportReads.measure(ReportReads.sources(), 2, 1);
        assertThat(results)
                .extracting(ReportReads.Result::label)
                .containsExactly(
                        "seed 000 text",
                        "seed 001 text",
                        "seed 002 text",
                        "seed 003 text",
                        "seed 004 text",
                        "3-page PDF form");
        assertThat(results)
                .filteredOn(r -> ReportReads.BATCH_SEEDS.stream().anyMatch(r.fileName()::startsWith))
                .as("the seeds the batch benchmark derives its reports from read whole")
                .extracting(ReportReads.Result::indicators)
                .containsExactly(90, 69, 79);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.reads()).isEqualTo(2);
            assertThat(r.cpuMedianMs()).isPositive().isLessThanOrEqualTo(r.cpuP95Ms());
        });
        assertThat(ReportReads.batchMixMs(results)).isPositive();
    }
}
