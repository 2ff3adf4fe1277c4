package io.github.camelzoho.sandbox.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Scope lists: requests join them with commas, responses with spaces. */
final class Scopes {

    static final List<String> SHOWTIME_DEFAULTS = List.of("ZohoShowtime.portalapi.READ", "ZohoShowtime.talkapi.READ",
            "ZohoShowtime.sessionapi.CREATE", "ZohoShowtime.sessionapi.DELETE");

    private Scopes() {
    }

    static List<String> parse(String joined) {
        if (joined == null) {
            return List.of();
        }
        return Arrays.stream(joined.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    static String spaced(List<String> scopes) {
        return String.join(" ", scopes);
    }

    /**
     * Loose check: a granted scope covers the required one when service and resource match, whatever the
     * operation ({@code ZohoShowtime.talkapi.ALL} and {@code ZohoShowtime.talkapi.READ} both cover talk listings).
     */
    static boolean covers(List<String> granted, String required) {
        String wanted = serviceAndResource(required);
        return granted.stream().anyMatch(s -> serviceAndResource(s).equals(wanted));
    }

    private static String serviceAndResource(String scope) {
        String lower = scope.toLowerCase(Locale.ROOT);
        int lastDot = lower.lastIndexOf('.');
        return lastDot > 0 && lower.indexOf('.') != lastDot ? lower.substring(0, lastDot) : lower;
    }
}
