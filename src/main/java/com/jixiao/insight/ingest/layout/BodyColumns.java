package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.layout.AnchoredTable.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of an anchored row ({@link AnchoredTable}) from the indicator's name up to its 分值: the name, the target
 * and the actual, and where the form prints them apart the target's nature (指标性质: ≥, ≤, 定性 …) and its unit of
 * measure (度量单位), as in "改造老旧供水管网长度 | ≥ | 85 | 公里 | 79.6".
 */
final class BodyColumns {

    /** What leaving 指标性质 or 度量单位 empty costs: of two equal cuts, the one that fills them. */
    private static final double EMPTY_APART = 0.5;
    /** What a 指标性质 or 度量单位 cell that does not read as one costs, or a target that reads as a nature. */
    private static final double NOT_APART = 2;

    private static final Pattern NATURE = Pattern.compile("^([≥≤≧≦<>=＝＜＞]+|定性|定量|正向|反向|大于|小于|等于|不低于|不高于)$");
    private static final Pattern PERCENT = Pattern.compile("^[%％‰]$");

    /** A unit of measure in a column of its own: a unit after a figure ({@link Words#UNIT}), or a percent sign. */
    private static boolean isUnit(String text) {
        return Words.UNIT.matcher(text).matches() || PERCENT.matcher(text).matches();
    }

    private final List<String> roles;
    private final boolean apart;

    BodyColumns(List<String> roles) {
        this.roles = List.copyOf(roles);
        this.apart = roles.contains("NATURE") || roles.contains("UNIT");
    }

    /** Whether the form prints the target's nature or its unit in a column of its own ("≥ | 85 | 公里"). */
    boolean apart() {
        return apart;
    }

    int size() {
        return roles.size();
    }

    /** The column of a role among them (NAME is 0), -1 if none. */
    int index(String role) {
        return roles.indexOf(role);
    }

    /**
     * A row's name, target and actual cut from its words; where the form prints 指标性质 and 度量单位 apart, each may be
     * empty (a qualitative target has no unit): the cut that costs least, with what its nature and unit cells read as.
     */
    CellCuts cut(List<Atom> atoms, int anchorLine) {
        if (!apart) {
            return CellCuts.body(atoms, roles.size(), anchorLine);
        }
        int nature = roles.indexOf("NATURE");
        int unit = roles.indexOf("UNIT");
        CellCuts best = null;
        double least = Double.MAX_VALUE;
        for (int empty = 0; empty < 4; empty++) {
            boolean noNature = (empty & 1) != 0;
            boolean noUnit = (empty & 2) != 0;
            if (noNature && nature < 0 || noUnit && unit < 0) {
                continue;
            }
            List<Integer> filled = new ArrayList<>();
            for (int c = 0; c < roles.size(); c++) {
                if (!(c == nature && noNature) && !(c == unit && noUnit)) {
                    filled.add(c);
                }
            }
            CellCuts cut = CellCuts.body(atoms, filled.size(), anchorLine);
            List<List<Atom>> cells = new ArrayList<>();
            for (int c = 0; c < roles.size(); c++) {
                cells.add(List.of());
            }
            for (int i = 0; i < cut.cells().size() && i < filled.size(); i++) {
                cells.set(filled.get(i), cut.cells().get(i));
            }
            double cost = cut.cost() + (noNature ? EMPTY_APART : 0) + (noUnit ? EMPTY_APART : 0);
            if (nature >= 0
                    && !noNature
                    && !NATURE.matcher(CellCuts.text(cells.get(nature))).matches()) {
                cost += NOT_APART;
            }
            if (unit >= 0 && !noUnit && !isUnit(CellCuts.text(cells.get(unit)))) {
                cost += NOT_APART;
            }
            // and a target is never a nature alone ("定性", "≥"): that is the nature column's
            if (nature >= 0
                    && NATURE.matcher(CellCuts.text(cells.get(roles.indexOf("TARGET"))))
                            .matches()) {
                cost += NOT_APART;
            }
            if (cost < least - 1e-9) {
                least = cost;
                best = new CellCuts(cells, cost);
            }
        }
        return best;
    }
}
