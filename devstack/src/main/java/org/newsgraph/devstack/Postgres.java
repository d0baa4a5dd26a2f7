package org.newsgraph.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PostgreSQL from the binaries the io.zonky.test project publishes on Maven Central. */
public final class Postgres implements Component {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    /** PostgreSQL refuses to run as root; when we are root the server runs as this user. */
    private static final String UNPRIVILEGED_USER = "nobody";

    private final StackLayout layout;
    private final int port;
    private final List<String> databases;
    private final LocalProcess process;

    public Postgres(StackLayout layout, int port, List<String> databases) {
        this.layout = layout;
        this.port = port;
        this.databases = List.copyOf(databases);
        this.process = new LocalProcess(name(), "INT", layout.state(name()));
    }

    @Override
    public String name() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public synchronized void start() {
        if (isRunning() && accepts()) {
            return;
        }
        process.endLeftover();
        Path binaries = layout.distDir().resolve("postgres-" + Artifacts.value("postgres.version"));
        Archives.unpackTxzInJar(Artifacts.file("postgres.binaries"), binaries);
        Path data = layout.state(name()).resolve("data");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initialise(binaries, data);
        }
        ProcessHandle server = process.start(asServerUser(List.of(
                binaries.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=300", "-c", "shared_buffers=512MB", "-c", "fsync=off", "-c", "synchronous_commit=off",
                // Checkpoints far apart: after each, the first change to every page writes the whole page to the
                // WAL, and the services' inserts touch pages of large indexes all over (see the README's capacity plan).
                "-c", "max_wal_size=8GB", "-c", "checkpoint_timeout=15min",
                // Where the database's time goes, by statement: the view pg_stat_statements, once the extension is created.
                "-c", "shared_preload_libraries=pg_stat_statements")),
                data, Map.of(), layout.attached());
        Readiness.await(name(), Duration.ofSeconds(60), server, process.logFile(), this::accepts);
        createDatabases();
    }

    @Override
    public synchronized void stop() {
        process.stop();
    }

    @Override
    public boolean isRunning() {
        return process.running().isPresent();
    }

    /** The settings for one service's own database. */
    public Map<String, String> serviceConfig(String database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public Map<String, String> serviceConfig() {
        return serviceConfig(databases.isEmpty() ? "postgres" : databases.get(0));
    }

    private void initialise(Path binaries, Path data) {
        try {
            Files.createDirectories(data.getParent());
            Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path passwordFile = layout.state(name()).resolve("initdb-password");
            Files.writeString(passwordFile, PASSWORD);
            handOver(data);
            handOver(passwordFile);
            List<String> command = asServerUser(List.of(binaries.resolve("bin/initdb").toString(),
                    "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile, "-A", "scram-sha-256",
                    "-E", "UTF8", "--locale=C", "--no-sync"));
            Process initdb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(process.logFile().toFile())).start();
            if (initdb.waitFor() != 0) {
                throw new IllegalStateException("initdb failed; see " + process.logFile());
            }
            Files.delete(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void handOver(Path path) throws IOException {
        if (runningAsRoot()) {
            UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(path, users.lookupPrincipalByName(UNPRIVILEGED_USER));
        }
    }

    private boolean accepts() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void createDatabases() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            for (String database : databases) {
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the databases " + databases, e);
        }
    }
}
