package io.github.camelzoho.oauth.internal.token;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an {@code api_domain} from a token answer may be trusted: routes send the token to it, so a value
 * pointing outside Zoho would leak the token. Accepted: https on a Zoho API host, or the very host of the accounts
 * server in use (a sandbox).
 */
final class ApiDomainPolicy {

    private static final Pattern ZOHO_HOST = Pattern.compile(
            "(?:[a-z0-9-]+\\.)*(?:zohoapis|zoho|zohocloud)\\.(?:com|eu|in|com\\.au|jp|com\\.cn|ca|sa|uk|ae)");

    private ApiDomainPolicy() {
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    static boolean isTrusted(String apiDomain, String accountsServer) {
        try {
            URI uri = URI.create(apiDomain);
            String host = uri.getHost();
            if (host == null || uri.getRawUserInfo() != null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            if ("https".equalsIgnoreCase(uri.getScheme()) && ZOHO_HOST.matcher(host).matches()) {
                return true;
            }
            URI accounts = URI.create(accountsServer);
            return accounts.getHost() != null && accounts.getHost().equalsIgnoreCase(host)
                    && uri.getScheme().equalsIgnoreCase(accounts.getScheme()) && port(uri) == port(accounts);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
