package io.github.camelzoho.oauth.internal;

import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;

import java.util.regex.Pattern;

/** Account names are plain identifiers, so a header cannot smuggle anything into logs, files or SQL. */
public final class AccountName {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private AccountName() {
    }

    public static String check(String account) {
        if (account == null || !VALID.matcher(account).matches()) {
            throw new ZohoOAuthConfigurationException("Invalid Zoho account name"
                    + (account == null ? " (none)" : " of " + account.length() + " characters")
                    + ": use 1 to 64 letters, digits, '.', '-' or '_'");
        }
        return account;
    }
}
