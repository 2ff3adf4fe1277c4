package io.github.camelzoho.sandbox.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An incoming request, already decoded.
 *
 * @param method the HTTP method
 * @param path the decoded path without query
 * @param params query parameters merged with form-body parameters (the body wins), as Zoho accepts either
 * @param headers request headers, names lower-cased
 * @param body the raw body
 * @param pathParams values captured by the route's pattern
 */
record Request(String method, String path, Map<String, String> params, Map<String, String> headers, byte[] body,
        List<String> pathParams) {

    Optional<String> param(String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    String pathParam(int index) {
        return pathParams.get(index);
    }

    Request withPathParams(List<String> values) {
        return new Request(method, path, params, headers, body, values);
    }
}
