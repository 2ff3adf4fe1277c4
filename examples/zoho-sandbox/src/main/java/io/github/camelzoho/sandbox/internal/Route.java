package io.github.camelzoho.sandbox.internal;

import java.util.regex.Pattern;

/**
 * A method and path pattern bound to an endpoint.
 *
 * @param method the HTTP method
 * @param path the path pattern; groups become path parameters
 * @param showTimeName the ShowTime endpoint name used in counters, null for non-ShowTime routes
 * @param endpoint the handler
 */
record Route(String method, Pattern path, String showTimeName, Endpoint endpoint) {
}
