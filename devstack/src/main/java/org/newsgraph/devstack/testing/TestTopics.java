package org.newsgraph.devstack.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsgraph.devstack.Devstack;

/** Reads and writes topics of the test run's real broker, as another service would. */
public final class TestTopics {

    private TestTopics() {
    }

    public static void publish(String topic, String key, Map<String, String> headers, String value) {
        Properties config = new Properties();
        config.put("bootstrap.servers", Devstack.forTests().kafka().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /**
     * The records of the topic, from its beginning, that match: read until {@code expected} matched or the time
     * is up, then a little longer, so that a duplicate right behind them would be seen too.
     */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> matching,
            int expected, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Devstack.forTests().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                poll(consumer, matching, found, Duration.ofMillis(200));
            }
            poll(consumer, matching, found, Duration.ofMillis(500));
        }
        return found;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void poll(KafkaConsumer<String, String> consumer, Predicate<ConsumerRecord<String, String>> matching,
            List<ConsumerRecord<String, String>> found, Duration timeout) {
        consumer.poll(timeout).forEach(record -> {
            if (matching.test(record)) {
                found.add(record);
            }
        });
    }
}
