package io.github.camelzoho.oauth.internal.operations;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import io.github.camelzoho.oauth.ZohoInvalidCallbackException;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.token.PendingAuthorization;
import io.github.camelzoho.oauth.token.ZohoDataCenter;
import io.github.camelzoho.oauth.token.ZohoTokenStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Pattern;

/**
 * Handles Zoho's redirect after consent. The account comes from the pending {@code state}, never from the request;
 * the {@code state} is consumed first, so a refused callback cannot be replayed; the code is exchanged only at a
 * genuine Zoho accounts server (or the configured {@code accountsUrl}).
 */
public final class CallbackOperation implements OperationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackOperation.class);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,512}");
    private static final Pattern LOCATION = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,60}");

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        Message in = exchange.getMessage();
        String state = in.getHeader(ZohoOAuthConstants.CALLBACK_STATE, String.class);
        PendingAuthorization pending = context.store().consumePendingAuthorization(state, context.clock().instant())
                .orElseThrow(() -> new ZohoInvalidCallbackException("The consent callback carries an unknown, expired or "
                        + "already used state. Start the login again; a consent must complete within 10 minutes",
                        "invalid_state"));
        String error = in.getHeader(ZohoOAuthConstants.CALLBACK_ERROR, String.class);
        if (error != null) {
            throw new ZohoInvalidCallbackException("Zoho reported '" + SafeExcerpt.of(error, 60) + "' instead of a grant "
                    + "code for account '" + pending.account() + "'"
                    + ("access_denied".equals(error) ? ": the user declined the consent" : "") + ". Start the login again",
                    ERROR_CODE.matcher(error).matches() ? error : "invalid_error_parameter");
        }
        String code = in.getHeader(ZohoOAuthConstants.CALLBACK_CODE, String.class);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ZohoInvalidCallbackException("The consent callback has " + (code == null ? "no" : "a malformed")
                    + " code parameter. Start the login again", "invalid_code_parameter");
        }
        String location = in.getHeader(ZohoOAuthConstants.CALLBACK_LOCATION, String.class);
        if (location != null && !LOCATION.matcher(location).matches()) {
            throw new ZohoInvalidCallbackException("The consent callback has a malformed location parameter", "invalid_location");
        }
        String accountsServer = accountsServer(in.getHeader(ZohoOAuthConstants.CALLBACK_ACCOUNTS_SERVER, String.class),
                context.configuration().resolveAccountsServer());
        ZohoTokenStatus status = context.manager(pending.account()).completeAuthorization(code, accountsServer,
                pending.redirectUri());
        LOG.info("Account '{}' authorized at {}", pending.account(), accountsServer);
        in.setBody(status);
    }

    /** The accounts server to exchange the code at: a known Zoho one, or the configured one; nothing else. */
    static String accountsServer(String fromCallback, String configured) {
        if (fromCallback == null || fromCallback.isBlank()) {
            return configured;
        }
        if (ZohoDataCenter.sameOrigin(fromCallback, configured)) {
            return configured;
        }
        return ZohoDataCenter.byAccountsUrl(fromCallback).map(ZohoDataCenter::accountsUrl)
                .orElseThrow(() -> new ZohoInvalidCallbackException("The consent callback names accounts-server '"
                        + SafeExcerpt.of(fromCallback, 100) + "', which is not a Zoho accounts server; the code was not "
                        + "sent anywhere. If you run a sandbox, set accountsUrl to it", "invalid_accounts_server"));
    }
}
