package io.github.camelzoho.sandbox.internal;

import java.util.Map;

/** The minimal HTML pages of the authorization endpoint. */
final class ConsentPage {

    private ConsentPage() {
    }

    static String consent(AuthorizationRequest auth, Map<String, String> params) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"client_id", "response_type", "redirect_uri", "scope", "access_type",
                "prompt", "state"}) {
            String value = params.get(name);
            if (value != null) {
                hidden.append("    <input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(value)).append("\">\n");
            }
        }
        StringBuilder scopes = new StringBuilder();
        auth.scopes().forEach(s -> scopes.append("    <li>").append(escape(s)).append("</li>\n"));
        return """
                <!DOCTYPE html>
                <html>
                <head><meta charset="utf-8"><title>Zoho Sandbox - Consent</title></head>
                <body>
                  <h1>Zoho Sandbox</h1>
                  <p><b>%s</b> would like to access the following data of the sandbox user:</p>
                  <ul>
                %s  </ul>
                  <form method="post" action="/oauth/v2/auth">
                %s    <button type="submit" name="decision" value="accept">Accept</button>
                    <button type="submit" name="decision" value="reject">Reject</button>
                  </form>
                </body>
                </html>
                """.formatted(escape(auth.client().clientId()), scopes, hidden);
    }

    static String error(String message) {
        return """
                <!DOCTYPE html>
                <html>
                <head><meta charset="utf-8"><title>Zoho Sandbox - Error</title></head>
                <body><h1>Error</h1><p class="error">%s</p></body>
                </html>
                """.formatted(escape(message));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
