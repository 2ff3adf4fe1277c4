package io.github.camelzoho.showtime;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options shared by the component and its endpoints: set them once on the component
 * ({@code camel.component.zoho-showtime.*}) and override them per endpoint. Headers of
 * {@link ZohoShowTimeConstants} override them per exchange. No option holds a secret: tokens come from
 * {@code zoho-oauth}.
 */
@UriParams
@Configurer
public class ZohoShowTimeConfiguration implements Cloneable {

    /** The documented (US) ShowTime host. */
    public static final String DEFAULT_API_URL = "https://showtime.zoho.com";

    @UriParam(defaultValue = "default", description = "The zoho-oauth account whose token authenticates the requests."
            + " Header CamelZohoOAuthAccount (set by an upstream zoho-oauth:token) overrides it per exchange.")
    private String account = "default";

    @UriParam(description = "The portal (orgId) to work in. When absent, the account's default portal (isDefault"
            + " \"true\" in listPortals) is discovered once and cached.")
    private String orgId;

    @UriParam(defaultValue = DEFAULT_API_URL, description = "The ShowTime base URL; override it for another host, a"
            + " custom domain (registerAttendee), the sandbox or tests.")
    private String apiUrl = DEFAULT_API_URL;

    @UriParam(label = "producer,consumer", defaultValue = "upcoming", description = "Which talks listTalks returns:"
            + " upcoming (filter=1), completed (filter=2), or any numeric ShowTime filter code.")
    private String filter = "upcoming";

    @UriParam(label = "producer,consumer", description = "The sort parameter of listTalks, passed as is (ShowTime"
            + " documents sort=1 without saying what it means).")
    private String sort;

    @UriParam(label = "producer", description = "The session to delete (deleteSession).")
    private String sessionId;

    @UriParam(label = "producer", description = "The ZAID of the registration path (registerAttendee), when neither"
            + " the header nor the Registration body has one.")
    private String zaid;

    @UriParam(label = "producer,consumer", defaultValue = "100", description = "How many talks to ask for per page"
            + " (ShowTime limit parameter).")
    private int pageSize = 100;

    @UriParam(label = "producer,consumer", defaultValue = "0", description = "The most talks one listing returns (one"
            + " poll, for the consumer); 0 for no limit.")
    private int maxResults;

    @UriParam(label = "producer", defaultValue = "false", description = "listTalks returns a lazy Iterator<Talk> that"
            + " fetches the next page only when it is reached (use it with split().streaming()), instead of a List.")
    private boolean streaming;

    @UriParam(label = "producer", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE",
            description = "The HTTP method of the call operation.")
    private String method = "GET";

    @UriParam(label = "producer", description = "The path of the call operation under apiUrl, for example"
            + " /api/v4/{orgId}/talks.json?filter=2; {orgId} is replaced by the portal.")
    private String path;

    @UriParam(label = "advanced", defaultValue = "3", description = "How often a request is retried after 429, 502, 503,"
            + " 504 or a connection failure. createSession, registerAttendee and other POST/PATCH calls are retried only"
            + " when ShowTime cannot have acted on them (429, or no connection).")
    private int maxRetries = 3;

    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration", description = "The first retry"
            + " delay; it doubles with every retry, with random jitter, unless ShowTime sends Retry-After.")
    private long retryDelay = 1_000;

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration", description = "The longest"
            + " delay before a retry. A Retry-After longer than this fails the request at once instead of waiting.")
    private long retryMaxDelay = 30_000;

    @UriParam(label = "consumer", defaultValue = "false", description = "Emit one exchange per page (body"
            + " List<Talk>) instead of one per talk.")
    private boolean batch;

    @UriParam(label = "consumer", defaultValue = "true", description = "Emit a talk only when it is new or changed since"
            + " it was last emitted (remembered in idempotentRepository).")
    private boolean onlyNew = true;

    @UriParam(label = "consumer", description = "Where onlyNew remembers the emitted talks (one key per talk and"
            + " version). Default: in memory; use a file or JDBC repository so a restart does not re-emit everything.")
    private IdempotentRepository idempotentRepository;

    public String getAccount() {
        return account;
    }

    /** The zoho-oauth account whose token authenticates the requests. */
    public void setAccount(String account) {
        this.account = account;
    }

    public String getOrgId() {
        return orgId;
    }

    /** The portal (orgId); when absent the default portal is discovered and cached. */
    public void setOrgId(String orgId) {
        this.orgId = orgId;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    /** The ShowTime base URL. */
    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getFilter() {
        return filter;
    }

    /** Which talks listTalks returns: upcoming, completed or a numeric filter code. */
    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getSort() {
        return sort;
    }

    /** The sort parameter of listTalks. */
    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getSessionId() {
        return sessionId;
    }

    /** The session to delete. */
    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getZaid() {
        return zaid;
    }

    /** The ZAID of the registration path. */
    public void setZaid(String zaid) {
        this.zaid = zaid;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** How many talks to ask for per page. */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxResults() {
        return maxResults;
    }

    /** The most talks one listing returns; 0 for no limit. */
    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public boolean isStreaming() {
        return streaming;
    }

    /** listTalks returns a lazy Iterator instead of a List. */
    public void setStreaming(boolean streaming) {
        this.streaming = streaming;
    }

    public String getMethod() {
        return method;
    }

    /** The HTTP method of the call operation. */
    public void setMethod(String method) {
        this.method = method;
    }

    public String getPath() {
        return path;
    }

    /** The path of the call operation. */
    public void setPath(String path) {
        this.path = path;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /** How often a transiently failed request is retried. */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    /** The first retry delay in milliseconds. */
    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** The longest delay before a retry, in milliseconds. */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public boolean isBatch() {
        return batch;
    }

    /** Emit one exchange per page instead of one per talk. */
    public void setBatch(boolean batch) {
        this.batch = batch;
    }

    public boolean isOnlyNew() {
        return onlyNew;
    }

    /** Emit a talk only when it is new or changed. */
    public void setOnlyNew(boolean onlyNew) {
        this.onlyNew = onlyNew;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /** Where onlyNew remembers the emitted talks. */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    /** The base URL without a trailing slash. */
    public String resolveApiUrl() {
        String url = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A copy for one endpoint. */
    public ZohoShowTimeConfiguration copy() {
        try {
            return (ZohoShowTimeConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "ZohoShowTimeConfiguration[account=" + account + ", orgId=" + orgId + ", apiUrl=" + apiUrl + "]";
    }
}
