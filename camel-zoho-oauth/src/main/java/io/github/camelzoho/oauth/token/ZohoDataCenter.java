package io.github.camelzoho.oauth.token;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The Zoho data centres, each with its accounts server. A user's tokens must be requested from the accounts server of
 * the data centre the account lives in; the consent callback names it ({@code accounts-server}).
 */
public enum ZohoDataCenter {
    us("https://accounts.zoho.com"),
    eu("https://accounts.zoho.eu"),
    in("https://accounts.zoho.in"),
    au("https://accounts.zoho.com.au"),
    jp("https://accounts.zoho.jp"),
    cn("https://accounts.zoho.com.cn"),
    ca("https://accounts.zohocloud.ca"),
    sa("https://accounts.zoho.sa"),
    uk("https://accounts.zoho.uk");

    private final String accountsUrl;

    ZohoDataCenter(String accountsUrl) {
        this.accountsUrl = accountsUrl;
    }

    /** The accounts server base URL, for example {@code https://accounts.zoho.eu}. */
    public String accountsUrl() {
        return accountsUrl;
    }

    /** The data centre by its code ({@code us}, {@code eu}, ...), case-insensitive. */
    public static ZohoDataCenter of(String code) {
        try {
            return valueOf(code.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown Zoho data centre '" + code + "'; use one of us, eu, in, au, jp, cn, ca, sa, uk");
        }
    }

    /**
     * The data centre whose accounts server is exactly {@code url} (scheme https, that host, default port, no path,
     * query or user info), if any. Used to refuse an {@code accounts-server} callback parameter that points anywhere
     * else.
     */
    public static Optional<ZohoDataCenter> byAccountsUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (ZohoDataCenter dc : values()) {
            if (sameOrigin(dc.accountsUrl, url)) {
                return Optional.of(dc);
            }
        }
        return Optional.empty();
    }

    /** True when {@code a} and {@code b} are the same origin (scheme, host, port), ignoring a trailing slash. */
    public static boolean sameOrigin(String a, String b) {
        try {
            URI x = URI.create(a);
            URI y = URI.create(b);
            return x.getScheme() != null && x.getScheme().equalsIgnoreCase(y.getScheme())
                    && x.getHost() != null && x.getHost().equalsIgnoreCase(y.getHost())
                    && effectivePort(x) == effectivePort(y)
                    && x.getRawUserInfo() == null && y.getRawUserInfo() == null
                    && isEmptyPath(x) && isEmptyPath(y) && x.getRawQuery() == null && x.getRawFragment() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isEmptyPath(URI u) {
        return u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/");
    }

    private static int effectivePort(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
