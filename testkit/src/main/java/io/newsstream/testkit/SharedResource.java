package io.newsstream.testkit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A service started once per test JVM and stopped by JUnit when the whole run ends. */
final class SharedResource<T extends AutoCloseable> implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedResource.class);
    private final T value;

    private SharedResource(T value) {
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    static <T extends AutoCloseable> T get(ExtensionContext context, String key, Supplier<T> starter) {
        SharedResource<T> resource = context.getRoot().getStore(NS)
                .getOrComputeIfAbsent(key, k -> new SharedResource<>(starter.get()), SharedResource.class);
        return resource.value;
    }

    @Override
    public void close() throws Exception {
        value.close();
    }
}
