package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.github.camelzoho.showtime.model.Talk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The pages of one talks listing, fetched one at a time as they are asked for, with {@code limit} and {@code si}
 * (0-based start index; documented by the sister product TrainerCentral, assumed for ShowTime). Only the current page
 * is held, so a long listing streams in flat memory.
 * <p>
 * The listing ends at an empty page, when {@code meta.totalSessionsCount} is reached, at a short page when there is no
 * total, at {@code maxResults}, or when the server evidently ignores paging (a page that starts with the same talk as
 * the one before, or more talks than asked for) — so a server without paging yields one page, never an endless loop.
 */
public final class TalkPages {

    private static final Logger LOG = LoggerFactory.getLogger(TalkPages.class);

    private final ShowTimeClient client;
    private final OperationContext context;
    private final String orgId;
    private final String filter;
    private final String sort;
    private final int pageSize;
    private final int maxResults;

    private int start;
    private int returned;
    private String previousFirstKey;
    private boolean done;
    private Long totalCount;
    private int lastStatus;

    /**
     * @param filter     {@code upcoming}, {@code completed} or a numeric ShowTime code
     * @param sort       the sort parameter, or {@code null}
     * @param pageSize   talks per request
     * @param maxResults the most talks to return; 0 for all
     */
    public TalkPages(ShowTimeClient client, OperationContext context, String orgId, String filter, String sort,
            int pageSize, int maxResults) {
        this.client = client;
        this.context = context;
        this.orgId = orgId;
        this.filter = filterCode(filter);
        this.sort = sort;
        this.pageSize = Math.max(1, pageSize);
        this.maxResults = Math.max(0, maxResults);
    }

    /** The talks of the next page, or {@code null} when the listing is complete. Never an empty list. */
    public List<Talk> next() {
        if (done) {
            return null;
        }
        int requested = pageSize;
        ShowTimeClient.Page answer = client.getTalkPage(path(requested));
        lastStatus = answer.status();
        TalkListing page = TalkListing.of(answer.body());
        if (page.totalCount() != null) {
            totalCount = page.totalCount();
        }
        List<Talk> talks = page.talks();
        if (talks.isEmpty()) {
            done = true;
            return null;
        }
        String firstKey = TalkListing.key(talks.get(0));
        if (firstKey.equals(previousFirstKey)) {
            LOG.warn("ShowTime returned the same talks for si={} as for the page before: the server seems to ignore"
                    + " limit/si paging; the listing of portal {} stops here", start, orgId);
            done = true;
            return null;
        }
        previousFirstKey = firstKey;
        start += talks.size();
        if (talks.size() > requested) {
            LOG.debug("ShowTime returned {} talks for limit={}: paging ignored, treating the page as the whole listing",
                    talks.size(), requested);
            done = true;
        } else if (totalCount != null ? start >= totalCount : talks.size() < requested) {
            done = true;
        }
        if (maxResults > 0 && returned + talks.size() >= maxResults) {
            talks = talks.subList(0, maxResults - returned);
            done = true;
        }
        returned += talks.size();
        return talks;
    }

    /** {@code meta.totalSessionsCount} of the pages fetched so far, or {@code null}. */
    public Long totalCount() {
        return totalCount;
    }

    /** The HTTP status of the latest page. */
    public int lastStatus() {
        return lastStatus;
    }

    public String orgId() {
        return orgId;
    }

    /** The start index ({@code si}) the next page will be asked for; the page just returned began before it. */
    public int nextStart() {
        return start;
    }

    private String path(int limit) {
        StringBuilder path = new StringBuilder("/api/v4/").append(encode(orgId)).append("/talks.json?filter=")
                .append(encode(filter));
        if (sort != null && !sort.isBlank()) {
            path.append("&sort=").append(encode(sort));
        }
        return path.append("&limit=").append(limit).append("&si=").append(start).toString();
    }

    /** {@code upcoming} is 1 and {@code completed} is 2, as documented; numeric codes pass through. */
    static String filterCode(String filter) {
        if (filter == null || filter.isBlank()) {
            return "1";
        }
        return switch (filter.trim().toLowerCase(Locale.ROOT)) {
            case "upcoming" -> "1";
            case "completed" -> "2";
            default -> {
                if (!filter.trim().matches("\\d+")) {
                    throw new IllegalArgumentException("filter must be upcoming, completed or a numeric ShowTime code,"
                            + " got '" + filter + "'");
                }
                yield filter.trim();
            }
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
