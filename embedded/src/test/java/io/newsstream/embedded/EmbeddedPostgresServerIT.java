package io.newsstream.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerIT {
    @Test
    void createsADatabaseAndAnswersQueries() throws Exception {
        try (EmbeddedPostgresServer pg = new EmbeddedPostgresServer(null).start()) {
            String url = pg.ensureDatabase("newsstream_test");
            assertThat(pg.ensureDatabase("newsstream_test")).isEqualTo(url);
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                    ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("newsstream_test");
            }
            assertThatThrownBy(() -> pg.ensureDatabase("x; DROP TABLE y")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
