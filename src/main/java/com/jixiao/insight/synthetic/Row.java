package com.jixiao.insight.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;

/** One appended row, null-safe, with decimals brought to their column's scale (the Appender wants it exact). */
final class Row {

    private final DuckDBAppender appender;

    private Row(DuckDBAppender appender) throws SQLException {
        this.appender = appender;
        appender.beginRow();
    }

    static Row of(DuckDBAppender appender) throws SQLException {
        return new Row(appender);
    }

    Row l(Long v) throws SQLException {
        if (v == null) {
            appender.appendNull();
        } else {
            appender.append(v.longValue());
        }
        return this;
    }

    Row i(int v) throws SQLException {
        appender.append(v);
        return this;
    }

    Row b(boolean v) throws SQLException {
        appender.append(v);
        return this;
    }

    Row s(String v) throws SQLException {
        if (v == null) {
            appender.appendNull();
        } else {
            appender.append(v);
        }
        return this;
    }

    Row t(LocalDateTime v) throws SQLException {
        appender.append(v);
        return this;
    }

    /** A DECIMAL(p, scale) value. */
    Row d(BigDecimal v, int scale) throws SQLException {
        if (v == null) {
            appender.appendNull();
        } else {
            appender.append(v.setScale(scale, RoundingMode.HALF_UP));
        }
        return this;
    }

    Row nul() throws SQLException {
        appender.appendNull();
        return this;
    }

    void end() throws SQLException {
        appender.endRow();
    }
}
