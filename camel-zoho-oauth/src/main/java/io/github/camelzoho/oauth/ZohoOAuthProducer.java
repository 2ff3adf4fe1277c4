package io.github.camelzoho.oauth;

import io.github.camelzoho.oauth.internal.operations.AuthorizeOperation;
import io.github.camelzoho.oauth.internal.operations.CallbackOperation;
import io.github.camelzoho.oauth.internal.operations.OperationContext;
import io.github.camelzoho.oauth.internal.operations.OperationHandler;
import io.github.camelzoho.oauth.internal.operations.RefreshOperation;
import io.github.camelzoho.oauth.internal.operations.RevokeOperation;
import io.github.camelzoho.oauth.internal.operations.StatusOperation;
import io.github.camelzoho.oauth.internal.operations.TokenOperation;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

import java.util.EnumMap;
import java.util.Map;

/** Runs the endpoint's operation (or the one in header {@value ZohoOAuthConstants#OPERATION}). */
public class ZohoOAuthProducer extends DefaultProducer {

    private static final Map<ZohoOAuthOperation, OperationHandler> HANDLERS = new EnumMap<>(ZohoOAuthOperation.class);

    static {
        HANDLERS.put(ZohoOAuthOperation.token, new TokenOperation());
        HANDLERS.put(ZohoOAuthOperation.authorize, new AuthorizeOperation());
        HANDLERS.put(ZohoOAuthOperation.callback, new CallbackOperation());
        HANDLERS.put(ZohoOAuthOperation.refresh, new RefreshOperation());
        HANDLERS.put(ZohoOAuthOperation.revoke, new RevokeOperation());
        HANDLERS.put(ZohoOAuthOperation.status, new StatusOperation());
    }

    private final OperationContext context;
    private final ZohoOAuthOperation operation;

    public ZohoOAuthProducer(ZohoOAuthEndpoint endpoint) {
        super(endpoint);
        this.context = new OperationContext(endpoint.getComponent(), endpoint.getConfiguration());
        this.operation = endpoint.getOperation();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        context.reset();
    }

    @Override
    public void process(Exchange exchange) {
        ZohoOAuthOperation op = operation;
        Object override = exchange.getMessage().getHeader(ZohoOAuthConstants.OPERATION);
        if (override != null) {
            op = override instanceof ZohoOAuthOperation o ? o : ZohoOAuthOperation.valueOf(override.toString());
        }
        HANDLERS.get(op).handle(exchange, context);
    }
}
