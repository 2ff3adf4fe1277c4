package io.github.camelzoho.showtime;

import io.github.camelzoho.showtime.internal.ListTalksOperation;
import io.github.camelzoho.showtime.internal.OperationContext;
import io.github.camelzoho.showtime.internal.PollFailureLogger;
import io.github.camelzoho.showtime.internal.TalkFingerprint;
import io.github.camelzoho.showtime.internal.TalkListing;
import io.github.camelzoho.showtime.internal.TalkPages;
import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;

import java.util.ArrayList;
import java.util.List;

/**
 * Polls {@code listTalks} and emits one exchange per talk (body {@link Talk}), or one per page with {@code batch=true}
 * (body {@code List<Talk>}). With {@code onlyNew} a talk is emitted only when it is new or changed; it is remembered
 * in the idempotent repository once its exchange succeeded, so a failed exchange is emitted again at the next poll.
 */
public class ZohoShowTimeConsumer extends ScheduledPollConsumer {

    /** Enough for every talk of a large portal, so the default memory never forgets a talk it emitted. */
    static final int DEFAULT_MEMORY_SIZE = 100_000;

    private volatile OperationContext context;
    private volatile IdempotentRepository repository;

    public ZohoShowTimeConsumer(ZohoShowTimeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        setExceptionHandler(new PollFailureLogger(endpoint.getCamelContext(),
                URISupport.sanitizeUri(endpoint.getEndpointUri())));
    }

    @Override
    public ZohoShowTimeEndpoint getEndpoint() {
        return (ZohoShowTimeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        context = getEndpoint().operationContext();
        context.client(getEndpoint().getConfiguration().getAccount());
        IdempotentRepository configured = getEndpoint().getConfiguration().getIdempotentRepository();
        repository = configured != null ? configured
                : MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_MEMORY_SIZE);
        ServiceHelper.startService(repository);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ServiceHelper.stopService(repository);
    }

    @Override
    protected int poll() throws Exception {
        ZohoShowTimeConfiguration config = getEndpoint().getConfiguration();
        TalkPages pages = ListTalksOperation.pages(null, context);
        int emitted = 0;
        int pageStart = pages.nextStart();
        for (List<Talk> page = pages.next(); page != null; pageStart = pages.nextStart(), page = pages.next()) {
            List<Talk> fresh = new ArrayList<>(page.size());
            List<String> keys = new ArrayList<>(page.size());
            for (Talk talk : page) {
                String key = config.isOnlyNew() ? TalkFingerprint.of(talk, context.mapper()) : null;
                if (key == null || !repository.contains(key)) {
                    fresh.add(talk);
                    keys.add(key);
                }
            }
            if (config.isBatch()) {
                if (!fresh.isEmpty() && emit(fresh, null, pageStart, pages)) {
                    keys.forEach(this::remember);
                }
                emitted += fresh.isEmpty() ? 0 : 1;
            } else {
                for (int i = 0; i < fresh.size(); i++) {
                    if (emit(fresh.get(i), TalkListing.key(fresh.get(i)), pageStart, pages)) {
                        remember(keys.get(i));
                    }
                    emitted++;
                }
            }
        }
        return emitted;
    }

    private void remember(String key) {
        if (key != null) {
            repository.add(key);
        }
    }

    /** Sends one exchange through the route; true when it completed without an exception. */
    private boolean emit(Object body, String talkId, int pageStart, TalkPages pages) {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(ZohoShowTimeConstants.ORG_ID, pages.orgId());
            if (pages.totalCount() != null) {
                exchange.getMessage().setHeader(ZohoShowTimeConstants.TOTAL_COUNT, pages.totalCount());
            }
            if (talkId != null) {
                exchange.getMessage().setHeader(ZohoShowTimeConstants.TALK_ID, talkId);
            } else {
                exchange.getMessage().setHeader(ZohoShowTimeConstants.PAGE_START, pageStart);
            }
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing a talk from " + getEndpoint(), exchange,
                        exchange.getException());
                return false;
            }
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
