package io.github.camelzoho.sandbox.internal;

import java.util.List;

/**
 * One page of a talks listing.
 *
 * @param entries the talks on the page
 * @param total how many talks match the filter overall
 */
record TalkPage(List<ScheduledTalk> entries, int total) {
}
