package io.github.camelzoho.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of the whole suite, summed over every test class of this JVM (Surefire runs them in one fork), and
 * everything a user could see that must not carry a secret. {@link FigureTableTest} runs last, prints the table and
 * asserts the zeros.
 */
final class Ledger {

    enum Outcome { COMPLETED, FAILED_TYPED, FAILED_UNTYPED, LOST_OR_HUNG }

    /** The counts of one fault. */
    static final class Row {
        final String group;
        final String fault;
        final Map<Outcome, AtomicLong> counts = new ConcurrentHashMap<>();

        Row(String group, String fault) {
            this.group = group;
            this.fault = fault;
            for (Outcome o : Outcome.values()) {
                counts.put(o, new AtomicLong());
            }
        }

        long get(Outcome o) {
            return counts.get(o).get();
        }
    }

    private static final Map<String, Row> ROWS = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final List<String> EVIDENCE = Collections.synchronizedList(new ArrayList<>());
    private static final AtomicLong BEYOND_BUDGET = new AtomicLong();
    private static final AtomicLong TOKEN_REQUESTS = new AtomicLong();
    private static final AtomicLong URLS_CHECKED = new AtomicLong();
    private static final List<String> SECRET_URLS = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> NOTES = Collections.synchronizedList(new ArrayList<>());

    private Ledger() {
    }

    static Row row(String group, String fault) {
        return ROWS.computeIfAbsent(group + " / " + fault, k -> new Row(group, fault));
    }

    static void record(String group, String fault, Outcome outcome) {
        row(group, fault).counts.get(outcome).incrementAndGet();
    }

    static List<Row> rows() {
        synchronized (ROWS) {
            return List.copyOf(ROWS.values());
        }
    }

    static long total(Outcome outcome) {
        return rows().stream().mapToLong(r -> r.get(outcome)).sum();
    }

    /** Registers a value that must never be seen: a client secret, token or grant code. */
    static void secret(String value) {
        if (value != null && !value.isBlank()) {
            SECRETS.add(value);
        }
    }

    static Set<String> secrets() {
        return Set.copyOf(SECRETS);
    }

    /** Something a user could see: a message, a stack trace, a toString(), a URI, a meter id, a file. */
    static void evidence(String what, String text) {
        EVIDENCE.add(what + ": " + text);
    }

    static void evidence(String what, Throwable t) {
        if (t != null) {
            StringWriter w = new StringWriter();
            t.printStackTrace(new PrintWriter(w));
            EVIDENCE.add(what + ": " + t + "\n" + w);
        }
    }

    static List<String> allEvidence() {
        synchronized (EVIDENCE) {
            return List.copyOf(EVIDENCE);
        }
    }

    /**
     * Token requests of one scenario: {@code requests} sent while the (injected) clock moved {@code advanced}
     * minutes; Zoho allows 10 per 10 minutes per refresh token.
     */
    static void tokenRequests(long requests, long windowsCovered) {
        TOKEN_REQUESTS.addAndGet(requests);
        BEYOND_BUDGET.addAndGet(Math.max(0, requests - 10L * Math.max(1, windowsCovered)));
    }

    /** Zoho answered a token request with its throttle: the component sent one more than Zoho allows. */
    static void beyondBudget(long n) {
        BEYOND_BUDGET.addAndGet(n);
    }

    static long tokenRequestsTotal() {
        return TOKEN_REQUESTS.get();
    }

    static long beyondBudget() {
        return BEYOND_BUDGET.get();
    }

    static void urlChecked(String url, boolean carriesSecret) {
        URLS_CHECKED.incrementAndGet();
        if (carriesSecret) {
            SECRET_URLS.add(url);
        }
    }

    static long urlsChecked() {
        return URLS_CHECKED.get();
    }

    static List<String> secretUrls() {
        synchronized (SECRET_URLS) {
            return List.copyOf(SECRET_URLS);
        }
    }

    static void note(String text) {
        NOTES.add(text);
    }

    static List<String> notes() {
        synchronized (NOTES) {
            return List.copyOf(new LinkedHashSet<>(NOTES));
        }
    }
}
