package io.github.camelzoho.showtime;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.camelzoho.oauth.ZohoOAuthComponent;
import org.apache.camel.CamelContext;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * WireMock stubs in the shapes Zoho documents for ShowTime (every number and boolean a JSON string, instants as epoch
 * milliseconds), and the Camel wiring every test shares: zoho-oauth against the stubbed accounts server, zoho-showtime
 * against the stubbed API, a recording sleeper.
 */
public final class ShowTimeStubs {

    public static final String ORG_ID = "60001234567";
    public static final String ZAID = "70001234567";
    public static final String TOKEN_1 = "1000.aaaa1111bbbb2222cccc3333dddd4444.eeee5555ffff6666aaaa7777bbbb8888";
    public static final String TOKEN_2 = "1000.1111aaaa2222bbbb3333cccc4444dddd.5555eeee6666ffff7777aaaa8888bbbb";
    public static final String REFRESH_TOKEN = "1000.9999aaaa9999bbbb9999cccc9999dddd.9999eeee9999ffff9999aaaa9999bbbb";

    private ShowTimeStubs() {
    }

    /** Configures zoho-oauth (accounts server and refresh token) and zoho-showtime (API URL, sleeper) on {@code context}. */
    public static RecordingSleeper configure(CamelContext context, String baseUrl) {
        ZohoOAuthComponent oauth = new ZohoOAuthComponent();
        oauth.getConfiguration().setClientId("1000.CLIENTID");
        oauth.getConfiguration().setClientSecret("client-secret-value");
        oauth.getConfiguration().setAccountsUrl(baseUrl);
        oauth.getConfiguration().setRefreshToken(REFRESH_TOKEN);
        context.addComponent("zoho-oauth", oauth);
        ZohoShowTimeComponent showtime = new ZohoShowTimeComponent();
        showtime.getConfiguration().setApiUrl(baseUrl);
        RecordingSleeper sleeper = new RecordingSleeper();
        showtime.setSleeper(sleeper);
        context.addComponent("zoho-showtime", showtime);
        return sleeper;
    }

    /** The accounts server answers every refresh with {@link #TOKEN_1}. */
    public static void stubToken() {
        stubFor(post(urlPathEqualTo("/oauth/v2/token")).willReturn(okJson(tokenJson(TOKEN_1))));
    }

    public static String tokenJson(String token) {
        return "{\"access_token\":\"" + token + "\",\"api_domain\":\"https://www.zohoapis.com\","
                + "\"token_type\":\"Bearer\",\"expires_in\":3600}";
    }

    /** {@code portals.json} with a non-default and a default portal ({@link #ORG_ID}). */
    public static void stubPortals() {
        stubFor(get(urlPathEqualTo("/api/v4/org/portals.json")).willReturn(okJson(portalsJson())));
    }

    public static String portalsJson() {
        return """
                {"portals":[
                  {"planName":"Free","isTrial":"false","orgLogoUrl":"https://showtime.zoho.com/logo/1","url":"https://other.zohoshowtime.com",
                   "referrer":"1","isDefault":"false","portalName":"Other","currentUserRole":"1","createdBy":"5001",
                   "createdTime":"1502194325000","id":"60000000001","isLogoExists":"false","zsoid":"60000000001"},
                  {"planName":"Professional","isTrial":"false","orgLogoUrl":"https://showtime.zoho.com/logo/2","url":"https://acme.zohoshowtime.com",
                   "referrer":"1","isDefault":"true","portalName":"Acme Academy","currentUserRole":"0","createdBy":"5002",
                   "createdTime":"1502194325666","id":%s,"isLogoExists":"true","zsoid":%s,"brandColor":"#123456"}
                ]}""".formatted(ORG_ID, ORG_ID);
    }

    /** A talks.json page with talks {@code first..first+count-1}, each with its session and one member. */
    public static String talksPage(int first, int count, Integer total) {
        return talksPage(first, count, total, "0");
    }

    public static String talksPage(int first, int count, Integer total, String slides) {
        List<String> sessions = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<String> talks = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String sessionId = "800" + i;
            sessions.add("""
                    {"invitedCount":"0","scheduledTime":"1767261600000","timezone":"Europe/Berlin",
                     "scheduledEndTime":"1767265200000","sessionId":"%s","attendedCount":"0","orgId":"%s","referrer":"1",
                     "shortenKey":"k%d","deliveryMode":"3","name":"Session %d","createdTime":"1760000000000","sessionType":"1",
                     "scheduledBy":"5002","zaid":"%s","time":"1760000000000","id":"%s","deletedTime":"-1",
                     "joinURL":"attend.zoho.com/k%d","registeredCount":"4"}""".formatted(sessionId, ORG_ID, i, i, ZAID,
                    sessionId, i));
            members.add("""
                    {"role":"1","session":"%s","sessionMemberId":"900%d","emailId":"host%d@example.com","source":"1",
                     "sessionId":"%s","presenterImageUrl":"https://contacts.zoho.com/file?ID=5002","userId":"5002",
                     "orgId":"%s","name":"Host %d","createdTime":"1760000000000","lastUpdatedTime":"1760000000000",
                     "time":"1760000000000","id":"900%d","status":"1"}""".formatted(sessionId, i, i, sessionId, ORG_ID, i, i));
            talks.add("""
                    {"id":"700%d","session":"%s","presentedSlidesCount":"%s","formattedScheduledDate":"Jan 01, 2026 11:00 AM",
                     "createdTime":"1760000000000","lastUpdatedTime":"1760000000000","talkMood":"calm"}"""
                    .formatted(i, sessionId, slides));
        }
        String meta = total == null ? "{}" : "{\"totalSessionsCount\":\"" + total + "\"}";
        return "{\"sessions\":[" + join(sessions) + "],\"sessionMembers\":[" + join(members) + "],\"meta\":" + meta
                + ",\"talks\":[" + join(talks) + "]}";
    }

    private static String join(List<String> items) {
        StringJoiner joiner = new StringJoiner(",");
        items.forEach(joiner::add);
        return joiner.toString();
    }

    /** The talks listing of the default portal. */
    public static MappingBuilder talksRequest() {
        return get(urlPathEqualTo("/api/v4/" + ORG_ID + "/talks.json"));
    }

    /** A Zoho-style error body. */
    public static String zohoError(String code, String message) {
        return "{\"code\":\"" + code + "\",\"details\":{},\"message\":\"" + message + "\",\"status\":\"error\"}";
    }

    /** Matches the Authorization header carrying {@code token}. */
    public static com.github.tomakehurst.wiremock.matching.StringValuePattern bearer(String token) {
        return WireMock.equalTo("Zoho-oauthtoken " + token);
    }
}
