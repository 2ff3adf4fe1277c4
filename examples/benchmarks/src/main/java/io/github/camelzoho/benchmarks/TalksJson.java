package io.github.camelzoho.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * ShowTime {@code talks.json} pages in the shape Zoho documents (every number a JSON string, instants as epoch
 * milliseconds): each talk with its session and one session member, as the component's own tests stub them.
 */
public final class TalksJson {

    public static final String ORG_ID = "60001234567";
    public static final String TALKS_PATH = "/api/v4/" + ORG_ID + "/talks.json";

    private TalksJson() {
    }

    /** The page with talks {@code first .. first+count-1} of a listing of {@code total}. */
    public static byte[] page(int first, int count, int total) {
        StringBuilder sessions = new StringBuilder(count * 560);
        StringBuilder members = new StringBuilder(count * 460);
        StringBuilder talks = new StringBuilder(count * 260);
        for (int i = first; i < first + count; i++) {
            String sessionId = "800" + i;
            if (i > first) {
                sessions.append(',');
                members.append(',');
                talks.append(',');
            }
            sessions.append("{\"invitedCount\":\"0\",\"scheduledTime\":\"1767261600000\",\"timezone\":\"Europe/Berlin\",")
                    .append("\"scheduledEndTime\":\"1767265200000\",\"sessionId\":\"").append(sessionId)
                    .append("\",\"attendedCount\":\"0\",\"orgId\":\"").append(ORG_ID).append("\",\"referrer\":\"1\",")
                    .append("\"shortenKey\":\"k").append(i).append("\",\"deliveryMode\":\"3\",\"name\":\"Session ").append(i)
                    .append("\",\"createdTime\":\"1760000000000\",\"sessionType\":\"1\",\"scheduledBy\":\"5002\",")
                    .append("\"zaid\":\"70001234567\",\"time\":\"1760000000000\",\"id\":\"").append(sessionId)
                    .append("\",\"deletedTime\":\"-1\",\"joinURL\":\"attend.zoho.com/k").append(i)
                    .append("\",\"registeredCount\":\"4\"}");
            members.append("{\"role\":\"1\",\"session\":\"").append(sessionId).append("\",\"sessionMemberId\":\"900").append(i)
                    .append("\",\"emailId\":\"host").append(i).append("@example.com\",\"source\":\"1\",\"sessionId\":\"")
                    .append(sessionId).append("\",\"presenterImageUrl\":\"https://contacts.zoho.com/file?ID=5002\",")
                    .append("\"userId\":\"5002\",\"orgId\":\"").append(ORG_ID).append("\",\"name\":\"Host ").append(i)
                    .append("\",\"createdTime\":\"1760000000000\",\"lastUpdatedTime\":\"1760000000000\",")
                    .append("\"time\":\"1760000000000\",\"id\":\"900").append(i).append("\",\"status\":\"1\"}");
            talks.append("{\"id\":\"700").append(i).append("\",\"session\":\"").append(sessionId)
                    .append("\",\"presentedSlidesCount\":\"0\",\"formattedScheduledDate\":\"Jan 01, 2026 11:00 AM\",")
                    .append("\"createdTime\":\"1760000000000\",\"lastUpdatedTime\":\"1760000000000\",\"talkMood\":\"calm\"}");
        }
        String json = "{\"sessions\":[" + sessions + "],\"sessionMembers\":[" + members
                + "],\"meta\":{\"totalSessionsCount\":\"" + total + "\"},\"talks\":[" + talks + "]}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
