package io.github.camelzoho.oauth.support;

import java.util.regex.Pattern;

/**
 * Makes text from the wire safe and short enough for an exception message: HTML tags go, anything shaped like a Zoho
 * token or an {@code Authorization} value becomes {@code ****}, as do JSON fields and parameters named like secrets.
 * Shared by the Zoho components so that every error excerpt is masked the same way.
 */
public final class SafeExcerpt {

    private static final int MAX = 300;
    private static final Pattern ZOHO_TOKEN = Pattern.compile("\\b\\d{4}\\.[0-9a-fA-F]{16,}\\.[0-9a-fA-F]{16,}\\b");
    private static final Pattern AUTH_VALUE = Pattern.compile("(?i)(Zoho-oauthtoken|Bearer)\\s+[^\\s\"',;]+");
    private static final Pattern SECRET_JSON_FIELD = Pattern.compile(
            "(?i)(\"(?:access_token|refresh_token|client_secret|client_id|code|token|authorization|password)\"\\s*:\\s*\")"
                    + "[^\"]*(\")");
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)((?:access_token|refresh_token|client_secret|client_id|code|token|password)=)[^&\\s\"]*");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Cntrl}]+");

    private SafeExcerpt() {
    }

    /** At most 300 characters of {@code text}, secrets masked, markup and line breaks flattened. */
    public static String of(String text) {
        return of(text, MAX);
    }

    /** At most {@code max} characters of {@code text}, secrets masked, markup and line breaks flattened. */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = text.length() > 8 * max ? text.substring(0, 8 * max) : text;
        s = SCRIPT_OR_STYLE.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        s = SECRET_JSON_FIELD.matcher(s).replaceAll("$1****$2");
        s = SECRET_PARAM.matcher(s).replaceAll("$1****");
        s = AUTH_VALUE.matcher(s).replaceAll("$1 ****");
        s = ZOHO_TOKEN.matcher(s).replaceAll("****");
        s = WHITESPACE.matcher(s).replaceAll(" ").trim();
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }
}
