package io.github.camelzoho.sandbox.internal;

/**
 * {@code GET /oauth/v2/auth} shows the consent page ({@code sandbox_auto_accept=true} skips it); the page posts back to
 * {@code POST /oauth/v2/auth}. Accepting redirects with {@code code}, {@code state}, {@code location=us} and
 * {@code accounts-server}; rejecting redirects with {@code error=access_denied}. Invalid requests get a 400 HTML page
 * and are never redirected.
 */
final class AuthorizeEndpoint {

    private final ClientRegistry clients;
    private final GrantCodeStore codes;
    private final AccountsSettings settings;
    private final CounterRegistry counters;

    AuthorizeEndpoint(ClientRegistry clients, GrantCodeStore codes, AccountsSettings settings,
            CounterRegistry counters) {
        this.clients = clients;
        this.codes = codes;
        this.settings = settings;
        this.counters = counters;
    }

    Reply show(Request request) {
        return validated(request, auth -> {
            if ("true".equals(request.param("sandbox_auto_accept").orElse(null))) {
                return accept(auth);
            }
            counters.increment("authorize.consent_page");
            return Reply.html(200, ConsentPage.consent(auth, request.params()));
        });
    }

    Reply decide(Request request) {
        return validated(request, auth -> {
            if ("accept".equals(request.param("decision").orElse(null))) {
                return accept(auth);
            }
            counters.increment("authorize.denied");
            return Reply.redirect(withQuery(auth.redirectUri(), "error=access_denied" + stateParam(auth)));
        });
    }

    private Reply validated(Request request, java.util.function.Function<AuthorizationRequest, Reply> then) {
        try {
            return then.apply(AuthorizationRequest.validate(request, clients));
        } catch (AuthorizationRequest.InvalidAuthorization e) {
            counters.increment("authorize." + e.code());
            return Reply.html(400, ConsentPage.error(e.getMessage()));
        }
    }

    private Reply accept(AuthorizationRequest auth) {
        GrantCode grant = codes.consent(auth.client().clientId(), auth.redirectUri(), auth.scopes(), auth.offline(),
                auth.promptConsent());
        counters.increment("authorize.redirect");
        return Reply.redirect(withQuery(auth.redirectUri(), "code=" + FormEncoding.encode(grant.value())
                + stateParam(auth) + "&location=us&accounts-server=" + FormEncoding.encode(settings.baseUrl())));
    }

    private static String stateParam(AuthorizationRequest auth) {
        return auth.state() == null ? "" : "&state=" + FormEncoding.encode(auth.state());
    }

    private static String withQuery(String uri, String query) {
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }
}
