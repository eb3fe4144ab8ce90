package vn.dangvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Rows written by {@link CopyBinary} and read back by PostgreSQL's binary COPY hold what was written,
 * for every type it writes: text in all of Unicode and the escapes the text format needed, dates at
 * either end of the calendar and the infinities, numbers at their limits, bytes, arrays, jsonb, nulls.
 */
@SpringBootTest
class CopyBinaryIT {

    @Autowired DataSource dataSource;

    @Test
    void everyFieldReadsBackAsWritten() throws Exception {
        byte[] key = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff, 0x1a};
        CopyBinary row = new CopyBinary();
        List<byte[]> rows = List.of(
                row.start().text("Nguyễn Văn Sẵn 😀").text("tab\there\\back\nline\rcr").date(LocalDate.of(2025, 9, 2))
                        .date(LocalDate.MAX).bool(true).int8(-42L).integer(Integer.MIN_VALUE).bytea(key)
                        .ints(new Integer[] {10, -20, 30}).jsonb("{\"on\": \"2025-09-02\", \"branch\": {\"value\": 3}}")
                        .fields(),
                row.start().text("").text("\uD800 unpaired").date(LocalDate.of(1, 1, 1)).date(LocalDate.MIN).bool(false)
                        .int8(Long.MAX_VALUE).integer(0).bytea(new byte[0]).ints(new Integer[0]).jsonb("[]").fields(),
                row.start().nothing().text(null).date(null).date(LocalDate.of(1999, 12, 31)).nothing().int8((Long) null)
                        .integer(7).bytea(null).ints(null).jsonb(null).fields());
        try (Connection c = dataSource.getConnection()) {
            try (var s = c.createStatement()) {
                s.execute("create temp table copy_binary (id bigint, a text, b varchar(40), d date, e date, f boolean,"
                        + " n bigint, i integer, k bytea, r integer[], j jsonb)");
            }
            var in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy copy_binary from stdin with (format binary)");
            byte[] header = CopyBinary.header();
            in.writeToCopy(header, 0, header.length);
            long id = 1;
            for (byte[] fields : rows) {
                byte[] start = new byte[14];
                CopyBinary.tupleStart(start, 0, 11, id++);
                in.writeToCopy(start, 0, start.length);
                in.writeToCopy(fields, 0, fields.length);
            }
            byte[] trailer = CopyBinary.trailer();
            in.writeToCopy(trailer, 0, trailer.length);
            assertThat(in.endCopy()).isEqualTo(3);
            List<String> read = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("""
                    select concat_ws(' | ', id, coalesce(a, 'NULL'), coalesce(b, 'NULL'), coalesce(d::text, 'NULL'),
                                     coalesce(e::text, 'NULL'), coalesce(f::text, 'NULL'), coalesce(n::text, 'NULL'), i,
                                     coalesce(encode(k, 'hex'), 'NULL'), coalesce(r::text, 'NULL'), coalesce(j::text, 'NULL'))
                      from copy_binary order by id""")) {
                while (rs.next()) {
                    read.add(rs.getString(1));
                }
            }
            assertThat(read).containsExactly(
                    "1 | Nguyễn Văn Sẵn 😀 | tab\there\\back\nline\rcr | 2025-09-02 | infinity | true | -42 | -2147483648"
                            + " | 00017f80ff1a | {10,-20,30} | {\"on\": \"2025-09-02\", \"branch\": {\"value\": 3}}",
                    "2 |  | ? unpaired | 0001-01-01 | -infinity | false | 9223372036854775807 | 0 |  | {} | []",
                    "3 | NULL | NULL | NULL | 1999-12-31 | NULL | NULL | 7 | NULL | NULL | NULL");
        }
    }
}
