package io.github.camelzoho.sandbox.internal;

/** Handles one route. */
@FunctionalInterface
interface Endpoint {
    Reply handle(Request request);
}
