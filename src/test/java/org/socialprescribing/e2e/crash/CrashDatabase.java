package org.socialprescribing.e2e.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database the crashed application and its successor share: for the H2 build, a file database
 * configured exactly as the run command configures it (only its folder is given, so the URL and its
 * durability settings are application.properties' own); for the PostgreSQL build, a schema of its
 * own in the test database, so that the application the other end-to-end tests use is left alone.
 */
sealed interface CrashDatabase {

    /** The application's system properties that point it at this database. */
    List<String> applicationProperties();

    /** Makes it empty before the first start. */
    void prepare() throws SQLException;

    /** Removes what the test wrote. */
    void remove() throws SQLException;

    String describe();

    /** The database of the build under test (the failsafe JVM is told its kind and URL). */
    static CrashDatabase ofBuild(Path workDir) {
        if ("postgresql".equals(System.getProperty("sp.crash.db-kind"))) {
            return new PostgresSchema(
                    System.getProperty("sp.crash.jdbc-url"),
                    System.getProperty("sp.crash.db-username"),
                    System.getProperty("sp.crash.db-password"),
                    "crash_recovery");
        }
        return new H2File(workDir.resolve("data"));
    }

    /** The run command's embedded database, in a folder of the test's own (SP_DATA_DIR). */
    record H2File(Path dataDir) implements CrashDatabase {
        @Override
        public List<String> applicationProperties() {
            return List.of("-Dsp.data-dir=" + dataDir);
        }

        @Override
        public void prepare() {
            // a new temporary folder: the application creates the database in it
        }

        @Override
        public void remove() {
            // the folder goes with the test's temporary folder
        }

        @Override
        public String describe() {
            return "H2 file database in " + dataDir + " (the run command's settings)";
        }
    }

    /** A schema in the PostgreSQL test database; Flyway migrates it like a new database. */
    record PostgresSchema(String url, String user, String password, String schema)
            implements CrashDatabase {
        @Override
        public List<String> applicationProperties() {
            String separator = url.contains("?") ? "&" : "?";
            return List.of(
                    "-Dquarkus.datasource.jdbc.url=" + url + separator + "currentSchema=" + schema,
                    "-Dquarkus.datasource.username=" + user,
                    "-Dquarkus.datasource.password=" + password);
        }

        @Override
        public void prepare() throws SQLException {
            execute("drop schema if exists " + schema + " cascade", "create schema " + schema);
        }

        @Override
        public void remove() throws SQLException {
            execute("drop schema if exists " + schema + " cascade");
        }

        @Override
        public String describe() {
            return "PostgreSQL " + url + ", schema " + schema;
        }

        private void execute(String... statements) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        }
    }
}
