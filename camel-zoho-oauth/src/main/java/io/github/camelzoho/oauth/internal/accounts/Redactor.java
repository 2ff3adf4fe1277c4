package io.github.camelzoho.oauth.internal.accounts;

import java.util.regex.Pattern;

/**
 * Makes text from the wire safe to put in an exception message: anything shaped like a Zoho token, and the values of
 * JSON fields or form parameters that carry secrets, become {@code ****}; control characters go; the result is short.
 */
public final class Redactor {

    /** Zoho tokens and codes look like {@code 1000.<hex>.<hex>}. */
    private static final Pattern ZOHO_TOKEN = Pattern.compile("\\b\\d{4}\\.[0-9a-fA-F]{16,}\\.[0-9a-fA-F]{16,}\\b");
    private static final Pattern SECRET_JSON_FIELD = Pattern.compile(
            "(\"(?:access_token|refresh_token|client_secret|code|token|id_token)\"\\s*:\\s*\")[^\"]*(\")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "((?:access_token|refresh_token|client_secret|code|token)=)[^&\\s\"]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]+");

    private Redactor() {
    }

    /** At most {@code max} characters of {@code text} with secrets masked. */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = text.length() > 4 * max ? text.substring(0, 4 * max) : text;
        s = SECRET_JSON_FIELD.matcher(s).replaceAll("$1****$2");
        s = SECRET_PARAM.matcher(s).replaceAll("$1****");
        s = ZOHO_TOKEN.matcher(s).replaceAll("****");
        s = CONTROL.matcher(s).replaceAll(" ").trim();
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }
}
