package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a key store the ingest API speaks HTTPS, and only HTTPS. */
class HttpIngestTlsTest {
    private static final String PASSWORD = "test-only-password";

    @TempDir
    Path dir;

    @Test
    void withAKeyStoreTheApiSpeaksHttpsOnly() throws Exception {
        Path keystore = selfSigned(dir.resolve("ingest.p12"));
        MockProducers mocks = new MockProducers();
        IngestConfig config = IngestConfig.load(Map.of(), Map.of(IngestConfig.HTTP_HOST, "127.0.0.1",
                IngestConfig.HTTP_PORT, "0", IngestConfig.HTTP_TLS_KEYSTORE, keystore.toString(),
                IngestConfig.HTTP_TLS_KEYSTORE_PASSWORD, PASSWORD));
        assertThat(config.toString()).doesNotContain(PASSWORD);
        try (HttpIngestServer server = new HttpIngestServer(config, mocks.publisher, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            int port = server.start();
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> answer = trusting.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/v1/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://tide.example/a\",\"body\":\"Tide tables revised.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(202);
            assertThat(mocks.articles.history()).hasSize(1);

            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()))
                    .as("plain HTTP is not served on the TLS port").isInstanceOf(java.io.IOException.class);
        }
    }

    private static Path selfSigned(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "ingest", "-keyalg", "EC",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return file;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
