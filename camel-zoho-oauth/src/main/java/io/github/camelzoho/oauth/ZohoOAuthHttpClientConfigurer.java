package io.github.camelzoho.oauth;

import io.github.camelzoho.oauth.internal.ZohoAuthorizationExecHandler;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import io.github.camelzoho.oauth.token.ZohoTokenProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * Authenticates camel-http endpoints with a {@code zoho-oauth} account:
 * {@code to("https://www.zohoapis.com/crm/v8/Leads?httpClientConfigurer=#zohoAuth")}. The token is set when each
 * request is sent, and a 401 triggers one compare-and-refresh and one replay (requests with a body that cannot be
 * replayed return the 401).
 * <p>
 * Bind it without Java: {@code camel.beans.zohoAuth = #class:io.github.camelzoho.oauth.ZohoOAuthHttpClientConfigurer}
 * and {@code camel.beans.zohoAuth.account = default}.
 */
public class ZohoOAuthHttpClientConfigurer implements HttpClientConfigurer, CamelContextAware {

    private CamelContext camelContext;
    private String account = "default";
    private String componentName = "zoho-oauth";
    private volatile ZohoTokenProvider provider;

    /** For bean binding; set the CamelContext (done by Camel for registry beans) and the account. */
    public ZohoOAuthHttpClientConfigurer() {
    }

    /** Uses the given account of the CamelContext's {@code zoho-oauth} component. */
    public ZohoOAuthHttpClientConfigurer(CamelContext camelContext, String account) {
        this.camelContext = camelContext;
        this.account = account;
    }

    /** Uses this token provider directly. */
    public ZohoOAuthHttpClientConfigurer(ZohoTokenProvider provider) {
        this.provider = provider;
        this.account = provider.account();
    }

    @Override
    public void configureHttpClient(HttpClientBuilder clientBuilder) {
        clientBuilder.addExecInterceptorFirst("zoho-oauth", new ZohoAuthorizationExecHandler(this::provider));
    }

    private ZohoTokenProvider provider() {
        ZohoTokenProvider p = provider;
        if (p == null || camelContext != null && p instanceof TokenManager manager && manager.isClosed()) {
            // first use, or the component was restarted since: its managers are new
            if (camelContext == null) {
                throw new ZohoOAuthConfigurationException("ZohoOAuthHttpClientConfigurer has no CamelContext; construct it "
                        + "with one or bind it in the Camel registry");
            }
            p = camelContext.getComponent(componentName, ZohoOAuthComponent.class).getTokenProvider(account);
            provider = p;
        }
        return p;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    public String getAccount() {
        return account;
    }

    /** The zoho-oauth account whose token is sent (default {@code default}). */
    public void setAccount(String account) {
        this.account = account;
    }

    public String getComponentName() {
        return componentName;
    }

    /** The name of the zoho-oauth component in the CamelContext, if it was registered under another name. */
    public void setComponentName(String componentName) {
        this.componentName = componentName;
    }

    @Override
    public String toString() {
        return "ZohoOAuthHttpClientConfigurer[account=" + account + "]";
    }
}
