package com.jixiao.insight.projects;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.TestStores;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure imported from a PDF, Word or Excel file cites, beside its line, where it stands in that file: the PDF's
 * page and vertical position, the Word table and row, the sheet and cells. Seed 003's forms in each format are
 * imported into an empty store and the source of the first project's indicators is asked for as the source dialog
 * asks for it.
 */
class SourceLocationTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "003-forms.pdf,  第1页 y=\\d+",
        "003-forms.docx, 表1 第\\d+行",
        "003-forms.xlsx, [^!]+![A-Z]+\\d+(:[A-Z]+\\d+)?"
    })
    void eachCitedLineSaysWhereItStandsInTheFile(String file, String place) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + TestStores.empty(dir))) {
            var db = DSL.using(c, SQLDialect.DUCKDB);
            ImportOutcome stored = new ImportService(db)
                    .store(new ImportRequest(file, TestStores.resource("/forms/" + file), "山东省/淄博市/张店区"));
            var projects = new ProjectService(db, AccessScope.fixed(Restriction.NONE));
            long first = db.select(EVALUATION_OVERVIEW.ID)
                    .from(EVALUATION_OVERVIEW)
                    .where(
                            EVALUATION_OVERVIEW.DOCUMENT_ID.eq(stored.documentId()),
                            EVALUATION_OVERVIEW.NAME.eq("行政审批服务工作经费"))
                    .fetchSingle()
                    .value1();
            ProjectDetail detail = projects.detail(first).orElseThrow();
            assertThat(detail.indicators()).isNotEmpty();
            for (var indicator : detail.indicators()) {
                List<SourceLine> lines =
                        projects.source(detail.documentId(), indicator.lineFrom(), indicator.lineTo(), 1);
                List<SourceLine> cited =
                        lines.stream().filter(SourceLine::cited).toList();
                assertThat(cited).as(indicator.name()).isNotEmpty();
                assertThat(cited)
                        .as(indicator.name())
                        .allSatisfy(l -> assertThat(l.location()).matches(place))
                        .anySatisfy(l -> assertThat(l.text()).contains(indicator.name()));
            }
            // the context lines around them are located too: every line of a form file has its place
            assertThat(projects.source(detail.documentId(), detail.lineFrom(), detail.lineTo(), 2))
                    .allSatisfy(l -> assertThat(l.location()).isNotBlank());
        }
    }
}
