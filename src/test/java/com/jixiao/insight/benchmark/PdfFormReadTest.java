package com.jixiao.insight.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The PDF {@code bench} reads is on the main class path, has three pages, and reads to seed 001's first two forms. */
class PdfFormReadTest {

    @Test
    void theBenchmarkReadsTheFixtureToItsForms() throws Exception {
        try (var in = PdfFormRead.class.getClassLoader().getResourceAsStream(PdfFormRead.RESOURCE)) {
            assertThat(in).as(PdfFormRead.RESOURCE + " on the class path").isNotNull();
            try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            }
        }
        PdfFormRead.Result result = PdfFormRead.measure(3);
        assertThat(result.reads()).isEqualTo(3);
        assertThat(result.evaluations()).isEqualTo(2);
        assertThat(result.indicators())
                .as("data/001: 35 of the overall form, 12 of 外包工作人员经费")
                .isEqualTo(47);
        assertThat(result.medianMs()).isPositive().isLessThanOrEqualTo(result.p95Ms());
        assertThat(result.cpuMedianMs()).isPositive().isLessThanOrEqualTo(result.cpuP95Ms());
        System.out.printf("PdfFormRead: %s%n", result);
    }
}
