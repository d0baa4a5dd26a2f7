package org.newsgraph.actors.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;
import org.newsgraph.actors.registry.ActorRegistry;
import org.newsgraph.actors.registry.RegistryIndex;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads every stored article again, as after a change of the engine: each article in its own transaction,
 * its old mentions, quotes and co-mentions replaced, so that nothing is ever counted twice. Then the actors no article
 * names any more, and no editor curated, leave the registry. One run at a time, in the background.
 */
@ApplicationScoped
public class Reannotation {

    private static final Logger LOG = Logger.getLogger(Reannotation.class);
    private static final int PAGE = 200;

    /**
     * @param failed  articles that could not be read again; they keep what they had
     * @param retired actors removed because no article names them any more
     */
    public record Progress(String state, long total, long done, long failed, long retired, Instant startedAt, Instant finishedAt) {

        boolean running() {
            return "RUNNING".equals(state);
        }
    }

    private final ArticleAnnotator annotator;
    private final ActorRegistry registry;
    private final RegistryIndex index;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "reannotation"));
    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress("IDLE", 0, 0, 0, 0, null, null));

    public Reannotation(ArticleAnnotator annotator, ActorRegistry registry, RegistryIndex index, Clock clock) {
        this.annotator = annotator;
        this.registry = registry;
        this.index = index;
        this.clock = clock;
    }

    /** @return false when a run is already under way */
    public synchronized boolean start() {
        if (progress.get().running()) {
            return false;
        }
        long total = QuarkusTransaction.requiringNew().call(() -> ArticleCopy.count("withdrawn", false));
        progress.set(new Progress("RUNNING", total, 0, 0, 0, clock.instant(), null));
        worker.submit(this::run);
        return true;
    }

    public Progress progress() {
        return progress.get();
    }

    private void run() {
        // PostgreSQL orders uuids as unsigned bytes: the nil uuid comes first.
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> ArticleCopy.<ArticleCopy>find(
                    "withdrawn = false and id > ?1 order by id", from).page(0, PAGE).list().stream().map(article -> article.id).toList());
            if (ids.isEmpty()) {
                break;
            }
            for (UUID id : ids) {
                try {
                    index.update(annotator.reannotate(id).changed());
                    progress.updateAndGet(p -> new Progress(p.state(), p.total(), p.done() + 1, p.failed(), 0, p.startedAt(), null));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Could not read article %s again", id);
                    progress.updateAndGet(p -> new Progress(p.state(), p.total(), p.done(), p.failed() + 1, 0, p.startedAt(), null));
                }
            }
            after = ids.get(ids.size() - 1);
        }
        List<UUID> retired = registry.retireUnnamed(progress.get().startedAt());
        retired.forEach(index::forget);
        progress.updateAndGet(p -> new Progress("FINISHED", p.total(), p.done(), p.failed(), retired.size(), p.startedAt(), clock.instant()));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }
}
