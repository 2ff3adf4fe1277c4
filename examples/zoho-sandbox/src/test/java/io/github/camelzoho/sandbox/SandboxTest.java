package io.github.camelzoho.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a sandbox on a fixed clock before each test and closes it after. */
abstract class SandboxTest {

    static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    ZohoSandbox sandbox;
    SandboxHttp http;

    /** Override to configure the sandbox differently. */
    ZohoSandbox.Builder configure(ZohoSandbox.Builder builder) {
        return builder;
    }

    @BeforeEach
    void startSandbox() {
        sandbox = configure(ZohoSandbox.builder().clock(FIXED)).build().start();
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }
}
