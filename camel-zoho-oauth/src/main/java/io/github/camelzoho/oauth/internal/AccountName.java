package io.github.camelzoho.oauth.internal;

import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;

/**
 * Account names are plain identifiers (letters, digits, dot, dash, underscore; at most 64), so a header cannot smuggle
 * anything into logs, files or SQL.
 */
public final class AccountName {

    private AccountName() {
    }

    public static String check(String account) {
        if (!isValid(account)) {
            throw new ZohoOAuthConfigurationException("Invalid Zoho account name"
                    + (account == null ? " (none)" : " of " + account.length() + " characters")
                    + ": use 1 to 64 letters, digits, '.', '-' or '_'");
        }
        return account;
    }

    private static boolean isValid(String account) {
        if (account == null || account.isEmpty() || account.length() > 64) {
            return false;
        }
        for (int i = 0; i < account.length(); i++) {
            char c = account.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
