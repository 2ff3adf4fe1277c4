package io.github.camelzoho.oauth.internal;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.time.Duration;

/**
 * The pooled HttpClient 5 used for the accounts server. Redirects are not followed (a redirected POST would carry the
 * client secret elsewhere), cookies are not kept, and the automatic retry of HttpClient is off: retries are the token
 * manager's decision, because each one spends Zoho's budget.
 */
public final class AccountsHttpClientFactory {

    private AccountsHttpClientFactory() {
    }

    public static CloseableHttpClient create(Duration connectTimeout, Duration responseTimeout, HttpClientConfigurer configurer) {
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(responseTimeout))
                .setTimeToLive(TimeValue.ofMinutes(5))
                .build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnTotal(20)
                        .setMaxConnPerRoute(10)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .evictExpiredConnections()
                .setUserAgent("camel-zoho-oauth");
        if (configurer != null) {
            configurer.configureHttpClient(builder);
        }
        return builder.build();
    }
}
