package io.github.camelzoho.sandbox.internal;

/**
 * The parameters of a talks listing.
 *
 * @param completed filter=2|completed (true) or filter=1|upcoming (false, also the default)
 * @param ascending sort=1 ascending, sort=2 descending by start; default upcoming ascending, completed descending
 * @param startIndex si, 0-based, default 0
 * @param limit limit, default 10, capped at 100
 */
record TalksQuery(boolean completed, boolean ascending, int startIndex, int limit) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    static TalksQuery from(Request request, boolean ignorePaging) {
        boolean completed = switch (request.param("filter").orElse("1")) {
            case "1", "upcoming" -> false;
            case "2", "completed" -> true;
            default -> throw new BadRequest("filter must be 1 (upcoming) or 2 (completed)");
        };
        boolean ascending = switch (request.param("sort").orElse("")) {
            case "1" -> true;
            case "2" -> false;
            default -> !completed;
        };
        if (ignorePaging) {
            return new TalksQuery(completed, ascending, 0, DEFAULT_LIMIT);
        }
        int limit = number(request, "limit", DEFAULT_LIMIT);
        if (limit < 1) {
            throw new BadRequest("limit must be at least 1");
        }
        int startIndex = number(request, "si", 0);
        if (startIndex < 0) {
            throw new BadRequest("si must not be negative");
        }
        return new TalksQuery(completed, ascending, startIndex, Math.min(limit, MAX_LIMIT));
    }

    private static int number(Request request, String name, int fallback) {
        String value = request.param(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number");
        }
    }
}
