package io.github.camelzoho.sandbox.internal;

/**
 * The one Zoho user behind every token: consents, schedules new sessions and is their organiser.
 *
 * @param userId the user's Zoho id
 * @param name display name
 * @param emailId email
 */
record SandboxUser(String userId, String name, String emailId) {
}
