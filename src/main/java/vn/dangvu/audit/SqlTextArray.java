package vn.dangvu.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.jdbc.core.SqlTypeValue;

/** A {@code text[]} parameter. */
record SqlTextArray(String[] values) implements SqlTypeValue {

    @Override
    public void setTypeValue(PreparedStatement ps, int index, int sqlType, String typeName) throws SQLException {
        ps.setArray(index, ps.getConnection().createArrayOf("text", values));
    }
}
