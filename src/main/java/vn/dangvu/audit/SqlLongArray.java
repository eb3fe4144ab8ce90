package vn.dangvu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.jdbc.core.SqlTypeValue;

/** A {@code bigint[]} parameter. */
record SqlLongArray(Long[] values) implements SqlTypeValue {

    @Override
    public void setTypeValue(PreparedStatement ps, int index, int sqlType, String typeName) throws SQLException {
        Connection connection = ps.getConnection();
        ps.setArray(index, connection.createArrayOf("bigint", values));
    }
}
