package org.newsgraph.actors.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps this replica's {@link RegistryIndex} as the database says, whichever replica changed it: listens on the
 * index's channel with a connection of its own and forgets what it kept of the actors each committed change names. PostgreSQL's
 * LISTEN/NOTIFY is used rather than a Kafka topic because the notification is sent by the very transaction that
 * changes the actors, and only if it commits. When the connection is lost, notifications may have been missed: the
 * whole index is forgotten once listening resumes.
 */
@ApplicationScoped
public class RegistryFollower {

    private static final Logger LOG = Logger.getLogger(RegistryFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;
    private final RegistryIndex index;
    private volatile boolean running = true;
    private Connection listening;
    private Thread follower;

    public RegistryFollower(AgroalDataSource dataSource, RegistryIndex index) {
        this.dataSource = dataSource;
        this.index = index;
    }

    /** Before the first name is read, so that no change committed after it goes unheard. */
    void start(@Observes @Priority(1000) StartupEvent startup) throws SQLException {
        listening = listen();
        follower = new Thread(this::follow, "registry-follower");
        follower.setDaemon(true);
        follower.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (follower != null) {
            follower.interrupt();
            follower.join(POLL.multipliedBy(4).toMillis());
        }
    }

    private Connection listen() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            // LISTEN takes effect when its transaction commits.
            connection.setAutoCommit(true);
            statement.execute("listen " + RegistryIndex.CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private void follow() {
        while (running) {
            try (Connection connection = listening) {
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
                    if (received != null && received.length > 0) {
                        index.refresh(actorIds(received));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Lost the registry's change notifications, listening again: %s", e.getMessage());
                    listening = relisten();
                }
            }
        }
    }

    /** Listens again, then forgets the whole index, since changes may have been missed meanwhile. */
    private Connection relisten() {
        while (running) {
            try {
                pause();
                Connection connection = listen();
                index.forgetAll();
                return connection;
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Could not listen to the registry's changes yet: %s", e.getMessage());
            }
        }
        return null;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Set<UUID> actorIds(PGNotification[] received) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (PGNotification notification : received) {
            for (String id : notification.getParameter().split(",")) {
                ids.add(UUID.fromString(id));
            }
        }
        return ids;
    }
}
