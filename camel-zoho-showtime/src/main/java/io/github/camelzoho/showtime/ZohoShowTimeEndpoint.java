package io.github.camelzoho.showtime;

import io.github.camelzoho.showtime.internal.OperationContext;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Call the Zoho ShowTime API (portals, talks, sessions, attendee registration) with tokens from zoho-oauth,
 * and poll talks for sync jobs.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "zoho-showtime", title = "Zoho ShowTime", syntax = "zoho-showtime:operation",
        category = { Category.CLOUD, Category.API }, headersClass = ZohoShowTimeConstants.class)
public class ZohoShowTimeEndpoint extends ScheduledPollEndpoint {

    /** The consumer's default poll delay: ShowTime documents no rate limits, so Camel's 500 ms would be rude. */
    static final long DEFAULT_POLL_DELAY = 60_000;

    @UriPath(description = "The ShowTime operation; only listTalks can be consumed from")
    @Metadata(required = true)
    private ZohoShowTimeOperation operation;

    @UriParam
    private ZohoShowTimeConfiguration configuration;

    public ZohoShowTimeEndpoint(String uri, ZohoShowTimeComponent component, ZohoShowTimeOperation operation,
            ZohoShowTimeConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
        setDelay(DEFAULT_POLL_DELAY);
    }

    @Override
    public ZohoShowTimeComponent getComponent() {
        return (ZohoShowTimeComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new ZohoShowTimeProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != ZohoShowTimeOperation.listTalks) {
            throw new UnsupportedOperationException("Only zoho-showtime:listTalks can be consumed from (polled); use "
                    + operation + " in to(...)");
        }
        ZohoShowTimeConsumer consumer = new ZohoShowTimeConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** What the operation handlers of this endpoint use; needs the component started. */
    OperationContext operationContext() {
        ZohoShowTimeComponent component = getComponent();
        return new OperationContext(configuration, component.connections(), component.mapper(), component.getSleeper(),
                component.events());
    }

    public ZohoShowTimeOperation getOperation() {
        return operation;
    }

    /** The ShowTime operation. */
    public void setOperation(ZohoShowTimeOperation operation) {
        this.operation = operation;
    }

    public ZohoShowTimeConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(ZohoShowTimeConfiguration configuration) {
        this.configuration = configuration;
    }
}
