package io.newsstream.app;

import io.newsstream.enrich.core.PipelineVersion;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"newsstream " + PipelineVersion.VALUE};
    }
}
