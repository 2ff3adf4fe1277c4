package io.github.camelzoho.showtime;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code zoho-showtime} component. Headers read by the producer override the endpoint's
 * options for one exchange; the others report results.
 */
public final class ZohoShowTimeConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this exchange.",
            javaType = "io.github.camelzoho.showtime.ZohoShowTimeOperation")
    public static final String OPERATION = "CamelZohoShowTimeOperation";

    @Metadata(description = "The portal (orgId) to use, overriding the endpoint's `orgId`; set on the way out to the"
            + " orgId that was used (also when it was discovered).", javaType = "String")
    public static final String ORG_ID = "CamelZohoShowTimeOrgId";

    @Metadata(description = "The session to delete (`deleteSession`), overriding `sessionId`; set by `createSession` to"
            + " the id of the created session.", javaType = "String")
    public static final String SESSION_ID = "CamelZohoShowTimeSessionId";

    @Metadata(label = "producer", description = "The ZAID for `registerAttendee`, overriding the registration's and the"
            + " endpoint's `zaid`.", javaType = "String")
    public static final String ZAID = "CamelZohoShowTimeZaid";

    @Metadata(label = "producer", description = "The talks filter for `listTalks` (`upcoming`, `completed` or a numeric"
            + " code), overriding `filter`.", javaType = "String")
    public static final String FILTER = "CamelZohoShowTimeFilter";

    @Metadata(label = "producer", description = "The sort parameter for `listTalks`, overriding `sort`.",
            javaType = "String")
    public static final String SORT = "CamelZohoShowTimeSort";

    @Metadata(label = "producer", description = "The HTTP method for `call`, overriding `method`.", javaType = "String")
    public static final String METHOD = "CamelZohoShowTimeMethod";

    @Metadata(label = "producer", description = "The path for `call` (may contain `{orgId}` and a query string),"
            + " overriding `path`.", javaType = "String")
    public static final String PATH = "CamelZohoShowTimePath";

    @Metadata(description = "The total number of talks ShowTime reports for the listing (`meta.totalSessionsCount`),"
            + " when it reports one.", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelZohoShowTimeTotalCount";

    @Metadata(description = "The HTTP status of ShowTime's last answer for this exchange.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelZohoShowTimeHttpStatus";

    @Metadata(description = "Set to true by `deleteSession` when ShowTime confirmed the deletion with a 2xx answer.",
            javaType = "Boolean")
    public static final String DELETED = "CamelZohoShowTimeDeleted";

    @Metadata(label = "consumer", description = "The id of the talk an exchange of the consumer carries (with"
            + " `batch=false`).", javaType = "String")
    public static final String TALK_ID = "CamelZohoShowTimeTalkId";

    @Metadata(label = "consumer", description = "The 0-based start index of the page an exchange of the consumer carries"
            + " (with `batch=true`).", javaType = "Integer")
    public static final String PAGE_START = "CamelZohoShowTimePageStart";

    private ZohoShowTimeConstants() {
    }
}
