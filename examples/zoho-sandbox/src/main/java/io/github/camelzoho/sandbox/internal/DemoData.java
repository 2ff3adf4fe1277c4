package io.github.camelzoho.sandbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds the store with reproducible demo data: the same seed and day give the same portals, ids, names and times.
 * Times are relative to the start of the current UTC day, upcoming talks at least a day ahead and completed ones at
 * least a day back, so the split does not change within a day.
 */
final class DemoData {

    /** The default portal has 237 talks: 89 upcoming, 148 completed. */
    static final int DEFAULT_PORTAL_TALKS = 237;
    static final int DEFAULT_PORTAL_UPCOMING = 89;
    static final int SECOND_PORTAL_TALKS = 23;
    static final int SECOND_PORTAL_UPCOMING = 8;

    private static final String[] OPENERS = {"Getting Started with", "Deep Dive:", "Hands-on", "Mastering",
        "Ask Me Anything:", "What's New in", "Best Practices for", "Scaling", "Live Demo:", "Fundamentals of"};
    private static final String[] TOPICS = {"Zoho CRM Workflows", "Apache Camel Routes", "Event-Driven Integration",
        "Customer Onboarding", "OAuth 2.0 for Integrators", "Webinar Production", "Sales Pipelines",
        "Data Privacy and GDPR", "Kubernetes Operations", "Remote Team Training", "API Rate Limits",
        "Marketing Automation", "Zoho Analytics Dashboards", "Support Ticket Triage", "Product Launch Planning"};
    private static final String[] FIRST_NAMES = {"Amelia", "Rahul", "Chen", "Sofia", "Kwame", "Ines", "Priya",
        "Lukas", "Aiko", "Mateo", "Fatima", "Oliver"};
    private static final String[] LAST_NAMES = {"Fernandes", "Iyer", "Nakamura", "Okafor", "Schmidt", "Rossi",
        "Haddad", "Kowalski", "Moreau", "Silva"};
    private static final String[] ZONES = {"Asia/Kolkata", "America/Los_Angeles", "Europe/London",
        "America/New_York", "Australia/Sydney", "Europe/Berlin"};

    private final Random random;
    private final IdSequence ids;
    private final long today;

    DemoData(long seed, IdSequence ids, Instant now) {
        this.random = new Random(seed);
        this.ids = ids;
        this.today = now.truncatedTo(ChronoUnit.DAYS).toEpochMilli();
    }

    /** Seeds both portals and returns the sandbox user's id (the scheduler of new sessions). */
    String seed(ShowTimeStore store) {
        String userId = Long.toString(700_000_000L + random.nextInt(100_000_000));
        seedPortal(store, new Portal(orgId(), zaid(), "Zylker Academy", "zylkeracademy", "Enterprise", false, true,
                userId, today - days(900)), DEFAULT_PORTAL_TALKS, DEFAULT_PORTAL_UPCOMING);
        seedPortal(store, new Portal(orgId(), zaid(), "Zylker Partner Webinars", "zylkerpartners", "Professional",
                true, false, userId, today - days(120)), SECOND_PORTAL_TALKS, SECOND_PORTAL_UPCOMING);
        return userId;
    }

    private void seedPortal(ShowTimeStore store, Portal portal, int talks, int upcoming) {
        store.addPortal(portal);
        for (int i = 0; i < talks; i++) {
            store.add(talk(portal, i < upcoming));
        }
    }

    private ScheduledTalk talk(Portal portal, boolean upcoming) {
        int dayOffset = 1 + random.nextInt(upcoming ? 120 : 365);
        long start = today + (upcoming ? days(dayOffset) : -days(dayOffset))
                + Duration.ofMinutes(15L * (28 + random.nextInt(40))).toMillis();
        long end = start + Duration.ofMinutes(30L * (1 + random.nextInt(4))).toMillis();
        long created = Math.min(start, today) - days(1 + random.nextInt(60));
        long updated = upcoming ? created + days(random.nextInt(2)) : end + Duration.ofMinutes(5).toMillis();
        String name = OPENERS[random.nextInt(OPENERS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)];
        String sessionId = ids.next();
        Session session = new Session(sessionId, portal.id(), portal.zaid(), name,
                "A " + (upcoming ? "live" : "recorded") + " ShowTime session on " + name.toLowerCase() + ".",
                ZONES[random.nextInt(ZONES.length)], start, end, random.nextInt(5) == 0 ? 1 : 3, 1,
                portal.createdBy(), shortenKey(), created, updated, random.nextInt(300),
                upcoming ? random.nextInt(150) : 20 + random.nextInt(180), upcoming ? 0 : random.nextInt(120), 200,
                random.nextBoolean());
        Talk talk = new Talk(ids.next(), sessionId, upcoming ? 0 : 5 + random.nextInt(56), created, updated);
        List<SessionMember> members = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            members.add(new SessionMember(ids.next(), sessionId, portal.id(),
                    Long.toString(700_000_000L + random.nextInt(100_000_000)), first + " " + last,
                    (first + "." + last + "@zylker.com").toLowerCase(), m == 0 ? 1 : 2, created));
        }
        return new ScheduledTalk(session, talk, List.copyOf(members));
    }

    private String orgId() {
        return Long.toString(60_000_000_000L + random.nextInt(900_000_000));
    }

    private String zaid() {
        return Long.toString(10_000_000_000L + random.nextInt(900_000_000));
    }

    private String shortenKey() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    private static long days(int n) {
        return Duration.ofDays(n).toMillis();
    }
}
