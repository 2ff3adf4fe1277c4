package io.github.camelzoho.showtime.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelzoho.showtime.model.Session;
import io.github.camelzoho.showtime.model.SessionMember;
import io.github.camelzoho.showtime.model.Talk;

import java.util.List;

/**
 * One {@code talks.json} page bound straight from the bytes, without a JSON tree in between: listings are the hot
 * path of sync jobs. The {@code status}/{@code code}/{@code message} fields are there to recognise a Zoho error body
 * sent with HTTP 200.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TalkPageBody {

    public List<Talk> talks;
    public List<Session> sessions;
    public List<SessionMember> sessionMembers;
    public JsonNode meta;
    public String status;
    public String code;
    public String message;

    /** The same rule as for any ShowTime answer: an error status, or a bare code and message. */
    boolean isError() {
        if (status != null) {
            return "error".equalsIgnoreCase(status) || "failure".equalsIgnoreCase(status);
        }
        return code != null && message != null && talks == null && sessions == null && sessionMembers == null;
    }
}
