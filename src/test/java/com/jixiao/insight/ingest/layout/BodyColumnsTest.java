package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.layout.AnchoredTable.Atom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's name, 指标性质, 指标值, 度量单位 and actual cut from pdftotext -raw lines, as a form printing them apart has them. */
class BodyColumnsTest {

    private final BodyColumns columns = new BodyColumns(List.of("NAME", "NATURE", "TARGET", "UNIT", "ACTUAL"));

    /** The cells of the lines' words (one line each, numbered from 1), as text. */
    private List<String> cut(String... lines) {
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            WrappedLines.Line line = new WrappedLines.Line(Words.split(lines[i]), i + 1);
            atoms.addAll(AnchoredTable.words(line, columns.apart()).atoms());
        }
        return columns.cut(atoms, lines.length).cells().stream()
                .map(CellCuts::text)
                .toList();
    }

    @Test
    void aComparatorAFigureAndItsUnitAreThreeCells() {
        assertThat(columns.apart()).isTrue();
        assertThat(cut("改造老旧供水管网", "长度", "≥ 85 公里 79.6")).containsExactly("改造老旧供水管网长度", "≥", "85", "公里", "79.6");
        assertThat(cut("新建集中供水工程 ＝ 4 处 4")).containsExactly("新建集中供水工程", "＝", "4", "处", "4");
    }

    @Test
    void aQualitativeTargetHasNoUnitAndATargetWithoutNatureNoNature() {
        assertThat(cut("水源地保护 定性 有效保护 有效保护")).containsExactly("水源地保护", "定性", "有效保护", "", "有效保护");
        assertThat(cut("工程运行管护机制 定性 健全 健全")).containsExactly("工程运行管护机制", "定性", "健全", "", "健全");
        assertThat(cut("受益群众满意度 90 % 94.5")).containsExactly("受益群众满意度", "", "90", "%", "94.5");
    }

    @Test
    void withoutTheColumnsAFigureKeepsItsUnit() {
        BodyColumns plain = new BodyColumns(List.of("NAME", "TARGET", "ACTUAL"));
        assertThat(plain.apart()).isFalse();
        List<Atom> atoms = AnchoredTable.words(new WrappedLines.Line(Words.split("新建集中供水工程 ≥ 4 处 4 处"), 1), false)
                .atoms();
        assertThat(plain.cut(atoms, 1).cells().stream().map(CellCuts::text)).containsExactly("新建集中供水工程", "≥ 4处", "4处");
    }
}
