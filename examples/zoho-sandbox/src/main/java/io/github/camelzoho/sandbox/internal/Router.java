package io.github.camelzoho.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the route for a request; a path that exists under another method yields 405. */
final class Router {

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String pathRegex, Endpoint endpoint) {
        return add(method, pathRegex, null, endpoint);
    }

    Router addShowTime(String method, String pathRegex, String name, Endpoint endpoint) {
        return add(method, pathRegex, name, endpoint);
    }

    private Router add(String method, String pathRegex, String name, Endpoint endpoint) {
        routes.add(new Route(method, Pattern.compile(pathRegex), name, endpoint));
        return this;
    }

    /** Routes are immutable after assembly, so lookups need no lock. */
    Optional<Match> match(String method, String path) {
        Route wrongMethod = null;
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (matcher.matches()) {
                if (route.method().equals(method)) {
                    List<String> groups = new ArrayList<>();
                    for (int i = 1; i <= matcher.groupCount(); i++) {
                        groups.add(matcher.group(i));
                    }
                    return Optional.of(new Match(route, groups, false));
                }
                wrongMethod = route;
            }
        }
        return wrongMethod == null ? Optional.empty() : Optional.of(new Match(wrongMethod, List.of(), true));
    }

    /**
     * A matched route.
     *
     * @param route the route
     * @param pathParams captured groups
     * @param wrongMethod true if only the path matched
     */
    record Match(Route route, List<String> pathParams, boolean wrongMethod) {
    }
}
