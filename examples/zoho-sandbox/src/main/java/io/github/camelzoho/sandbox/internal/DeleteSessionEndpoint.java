package io.github.camelzoho.sandbox.internal;

/** {@code DELETE /api/v4/{orgId}/sessions/{sessionId}.json}: empty body with 200, or a Zoho-style 404. */
final class DeleteSessionEndpoint implements Endpoint {

    private final ShowTimeGuard guard;
    private final ShowTimeStore store;

    DeleteSessionEndpoint(ShowTimeGuard guard, ShowTimeStore store) {
        this.guard = guard;
        this.store = store;
    }

    @Override
    public Reply handle(Request request) {
        return guard.reject(request, "ZohoShowtime.sessionapi.DELETE").orElseGet(() -> {
            String orgId = request.pathParam(0);
            if (store.portal(orgId).isEmpty()) {
                return ZohoErrors.notFound("portal " + orgId + " not found");
            }
            return store.delete(orgId, request.pathParam(1))
                    ? Reply.empty(200)
                    : ZohoErrors.notFound("session " + request.pathParam(1) + " not found");
        });
    }
}
