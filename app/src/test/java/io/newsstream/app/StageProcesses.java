package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.Topics;
import io.newsstream.testkit.KafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** The enrich stage and the PostgreSQL sink as separate JVMs on one broker, topic set and database. */
final class StageProcesses implements AutoCloseable {
    private final Path work;
    private final Map<String, String> env;
    private final String[] kafkaArgs;
    private final String[] topicArgs;
    private final List<ChildProcess> running = new ArrayList<>();

    StageProcesses(Path work, String bootstrap, Topics topics, String jdbcUrl, String user, String password) {
        this.work = work;
        this.env = Map.of(
                "NEWSSTREAM_ENRICH_APPLICATION_ID", KafkaExtension.uniqueName("enrich"),
                "NEWSSTREAM_SINK_GROUP_ID", KafkaExtension.uniqueName("sink"),
                "NEWSSTREAM_SINK_JDBC_URL", jdbcUrl,
                "NEWSSTREAM_SINK_JDBC_USER", user,
                "NEWSSTREAM_SINK_JDBC_PASSWORD", password);
        this.topicArgs = new String[] {"--bootstrap-servers", bootstrap, "--topic-prefix", topics.prefix()};
        this.kafkaArgs = concat(topicArgs, new String[] {"-k", "session.timeout.ms=6000", "--metrics-port", "0"});
    }

    /** Starts {@code serve enrich} (state under the work directory) and {@code serve sink}. */
    StageProcesses start(String tag) throws Exception {
        running.add(ChildProcess.start(work, "enrich-" + tag, env,
                concat(new String[] {"serve", "enrich", "--state-dir", work.resolve("streams").toString()}, kafkaArgs)));
        running.add(ChildProcess.start(work, "sink-" + tag, env, concat(new String[] {"serve", "sink"}, kafkaArgs)));
        return this;
    }

    /** Starts another command on the same broker and topics, e.g. {@code serve http --port 0}. */
    ChildProcess startOther(String name, String... command) throws Exception {
        ChildProcess child = ChildProcess.start(work, name, env, concat(command, topicArgs));
        running.add(child);
        return child;
    }

    List<ChildProcess> children() {
        return running;
    }

    /** Polls until {@code figure} reaches {@code atLeast}; fails with every child's log when a child dies or time runs out. */
    void await(LongSupplier figure, long atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (figure.getAsLong() < atLeast) {
            for (ChildProcess child : running) {
                assertThat(child.isAlive()).as("a stage died:\n" + child.log()).isTrue();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("figure below " + atLeast + " after " + timeout + "; found " + figure.getAsLong()
                        + "\n" + logs());
            }
            Thread.sleep(50);
        }
    }

    String logs() {
        StringBuilder out = new StringBuilder();
        for (ChildProcess child : running) {
            String log = child.log();
            out.append(log, Math.max(0, log.length() - 6000), log.length()).append("\n-----\n");
        }
        return out.toString();
    }

    @Override
    public void close() throws Exception {
        for (ChildProcess child : running) {
            child.close();
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
