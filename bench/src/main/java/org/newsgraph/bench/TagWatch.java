package org.newsgraph.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsgraph.events.Topics;

/**
 * Tells when an article's actors have been announced, and which article each partition announced last, by listening
 * to {@code article-actors} from its end, so that a benchmark reads an article only once its tags are due instead of
 * polling every article it filed: polling thousands of pending articles would itself load the platform it measures.
 */
final class TagWatch implements AutoCloseable {

    private final Map<String, CompletableFuture<Void>> announcements = new ConcurrentHashMap<>();
    private final Map<Integer, String> lastPerPartition = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread listener;
    private volatile boolean listening = true;

    TagWatch(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLE_ACTORS).stream()
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        listener = new Thread(this::listen, "tag-watch");
        listener.setDaemon(true);
        listener.start();
    }

    /** Completes once the article's actors are announced; the article's own tags follow within moments. */
    CompletableFuture<Void> announced(String articleId) {
        return announcements.computeIfAbsent(articleId, id -> new CompletableFuture<>());
    }

    /** The article each partition of the topic announced last. */
    List<String> lastAnnounced() {
        return List.copyOf(lastPerPartition.values());
    }

    private void listen() {
        while (listening) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                if (record.key() != null) {
                    announced(record.key()).complete(null);
                    lastPerPartition.put(record.partition(), record.key());
                }
            }
        }
        consumer.close();
    }

    @Override
    public void close() throws InterruptedException {
        listening = false;
        listener.join(5_000);
    }
}
