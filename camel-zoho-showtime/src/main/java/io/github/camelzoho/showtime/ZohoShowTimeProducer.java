package io.github.camelzoho.showtime;

import io.github.camelzoho.showtime.internal.CallOperation;
import io.github.camelzoho.showtime.internal.CreateSessionOperation;
import io.github.camelzoho.showtime.internal.DeleteSessionOperation;
import io.github.camelzoho.showtime.internal.ListPortalsOperation;
import io.github.camelzoho.showtime.internal.ListTalksOperation;
import io.github.camelzoho.showtime.internal.OperationContext;
import io.github.camelzoho.showtime.internal.OperationHandler;
import io.github.camelzoho.showtime.internal.RegisterAttendeeOperation;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

import java.util.EnumMap;
import java.util.Map;

/** Runs the endpoint's operation, or the one in header {@value ZohoShowTimeConstants#OPERATION}. */
public class ZohoShowTimeProducer extends DefaultProducer {

    private static final Map<ZohoShowTimeOperation, OperationHandler> HANDLERS = new EnumMap<>(ZohoShowTimeOperation.class);

    static {
        HANDLERS.put(ZohoShowTimeOperation.listPortals, new ListPortalsOperation());
        HANDLERS.put(ZohoShowTimeOperation.listTalks, new ListTalksOperation());
        HANDLERS.put(ZohoShowTimeOperation.createSession, new CreateSessionOperation());
        HANDLERS.put(ZohoShowTimeOperation.deleteSession, new DeleteSessionOperation());
        HANDLERS.put(ZohoShowTimeOperation.registerAttendee, new RegisterAttendeeOperation());
        HANDLERS.put(ZohoShowTimeOperation.call, new CallOperation());
    }

    private volatile OperationContext context;

    public ZohoShowTimeProducer(ZohoShowTimeEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public ZohoShowTimeEndpoint getEndpoint() {
        return (ZohoShowTimeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        context = getEndpoint().operationContext();
        // opens the connection of the endpoint's account: a missing zoho-oauth set-up fails the route's start, and the
        // readiness check covers the account from the start
        context.client(getEndpoint().getConfiguration().getAccount());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ZohoShowTimeOperation operation = getEndpoint().getOperation();
        Object override = exchange.getMessage().getHeader(ZohoShowTimeConstants.OPERATION);
        if (override != null) {
            operation = override instanceof ZohoShowTimeOperation o ? o : ZohoShowTimeOperation.valueOf(override.toString());
        }
        HANDLERS.get(operation).handle(exchange, context);
    }
}
