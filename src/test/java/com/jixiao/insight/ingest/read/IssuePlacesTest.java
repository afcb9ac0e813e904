package com.jixiao.insight.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuePlacesTest {

    @Test
    void aCellOfASheetRowIsItsOwnReference() {
        assertThat(IssuePlaces.place("高标准农田!A7:J7", 5)).isEqualTo("高标准农田!E7");
        assertThat(IssuePlaces.place("Sheet1!Y3:AD3", 4)).isEqualTo("Sheet1!AB3");
        assertThat(IssuePlaces.place("高标准农田!A7:J7", null)).isEqualTo("高标准农田!A7:J7");
    }

    @Test
    void aPlaceInAPdfOrWordFileKeepsItsPageOrTableAndNamesTheCell() {
        assertThat(IssuePlaces.place("第2页 y=341", 3)).isEqualTo("第2页 y=341 第3格");
        assertThat(IssuePlaces.place("表1 第3行", null)).isEqualTo("表1 第3行");
    }

    @Test
    void onlyALineOfAFileWithPlacesIsPlaced() {
        SourceText pdf =
                new SourceText("a.pdf", "0", List.of("项目支出绩效自评表", "年度资金总额 | ###"), List.of("第1页 y=43", "第1页 y=300"));
        ImportIssue warning = ImportIssue.of(Severity.WARNING, "figureHidden", "a.pdf", 2, 2, null, "###");
        assertThat(IssuePlaces.placed(warning, pdf).cell()).isEqualTo("第1页 y=300 第2格");
        assertThat(IssuePlaces.placed(warning, pdf).line()).isEqualTo(2);
        SourceText text = new SourceText("a.txt", "0", List.of("项目支出绩效自评表", "年度资金总额\t###"));
        assertThat(IssuePlaces.placed(warning, text)).isEqualTo(warning);
    }
}
