package io.github.camelzoho.sandbox.internal;

import java.util.concurrent.atomic.AtomicLong;

/** Zoho-looking 16-digit ids ({@code 3263000000106003}), handed out in order so seeded data is reproducible. */
final class IdSequence {

    private final AtomicLong next = new AtomicLong(3_263_000_000_100_003L);

    String next() {
        return Long.toString(next.getAndAdd(1000));
    }
}
