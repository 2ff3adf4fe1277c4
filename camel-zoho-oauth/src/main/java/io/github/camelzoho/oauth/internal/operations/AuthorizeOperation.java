package io.github.camelzoho.oauth.internal.operations;

import io.github.camelzoho.oauth.ZohoOAuthConfiguration;
import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.internal.AccountName;
import io.github.camelzoho.oauth.token.PendingAuthorization;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.util.ObjectHelper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Builds the consent URL with a fresh {@code state} (256 random bits, single use, valid 10 minutes, kept in the token
 * store so a callback landing on another node is accepted) and answers with a 302 to it.
 */
public final class AuthorizeOperation implements OperationHandler {

    public static final Duration STATE_TTL = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        ZohoOAuthConfiguration config = context.configuration();
        String account = AccountName.check(context.account(exchange));
        if (ObjectHelper.isEmpty(config.getClientId()) || ObjectHelper.isEmpty(config.getRedirectUri())
                || ObjectHelper.isEmpty(config.getScope())) {
            throw new ZohoOAuthConfigurationException("zoho-oauth:authorize needs clientId, redirectUri and scope");
        }
        String state = newState();
        Instant now = context.clock().instant();
        context.store().savePendingAuthorization(
                new PendingAuthorization(state, account, config.getRedirectUri(), now.plus(STATE_TTL)), now);
        StringBuilder url = new StringBuilder(config.resolveAccountsServer()).append("/oauth/v2/auth")
                .append("?scope=").append(encode(config.getScope().replace(" ", "")))
                .append("&client_id=").append(encode(config.getClientId()))
                .append("&response_type=code")
                .append("&access_type=").append(encode(config.getAccessType()))
                .append("&redirect_uri=").append(encode(config.getRedirectUri()))
                .append("&state=").append(state);
        if (ObjectHelper.isNotEmpty(config.getPrompt())) {
            url.append("&prompt=").append(encode(config.getPrompt()));
        }
        String consentUrl = url.toString();
        Message message = exchange.getMessage();
        message.setBody(consentUrl);
        message.setHeader(ZohoOAuthConstants.AUTHORIZATION_URL, consentUrl);
        message.setHeader("Location", consentUrl);
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 302);
        message.setHeader("Cache-Control", "no-store");
    }

    private static String newState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
