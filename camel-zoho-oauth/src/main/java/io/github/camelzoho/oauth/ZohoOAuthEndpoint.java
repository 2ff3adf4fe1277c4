package io.github.camelzoho.oauth;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Manage the Zoho OAuth 2.0 token lifecycle: consent, code exchange, cached and refreshed access tokens, revoke; and
 * decorate exchanges bound for Zoho APIs with {@code Authorization: Zoho-oauthtoken <token>}.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "zoho-oauth", title = "Zoho OAuth", syntax = "zoho-oauth:operation",
        producerOnly = true, category = { Category.SECURITY, Category.CLOUD }, headersClass = ZohoOAuthConstants.class)
public class ZohoOAuthEndpoint extends DefaultEndpoint {

    @UriPath(description = "What to do with the exchange")
    @Metadata(required = true)
    private ZohoOAuthOperation operation;

    @UriParam
    private ZohoOAuthConfiguration configuration;

    public ZohoOAuthEndpoint(String uri, ZohoOAuthComponent component, ZohoOAuthOperation operation,
            ZohoOAuthConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public ZohoOAuthComponent getComponent() {
        return (ZohoOAuthComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new ZohoOAuthProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("zoho-oauth has no consumer: use it in to(...), for example "
                + "from(\"platform-http:/zoho/callback\").to(\"zoho-oauth:callback\")");
    }

    public ZohoOAuthOperation getOperation() {
        return operation;
    }

    /** What to do with the exchange. */
    public void setOperation(ZohoOAuthOperation operation) {
        this.operation = operation;
    }

    public ZohoOAuthConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(ZohoOAuthConfiguration configuration) {
        this.configuration = configuration;
    }
}
