package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.showtime.ZohoShowTimeConfiguration;
import io.github.camelzoho.showtime.ZohoShowTimeConstants;
import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code GET /api/v4/{orgId}/talks.json} page by page → {@code List<Talk>}, or with {@code streaming=true} a lazy
 * {@code Iterator<Talk>} that fetches a page only when it is reached. The first page is fetched at once either way, so
 * the total-count header and the first error are there when the producer returns.
 */
public final class ListTalksOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        TalkPages pages = pages(exchange, context);
        List<Talk> first = pages.next();
        Message message = exchange.getMessage();
        message.setHeader(ZohoShowTimeConstants.ORG_ID, pages.orgId());
        message.setHeader(ZohoShowTimeConstants.HTTP_STATUS, pages.lastStatus());
        if (pages.totalCount() != null) {
            message.setHeader(ZohoShowTimeConstants.TOTAL_COUNT, pages.totalCount());
        }
        if (context.configuration().isStreaming()) {
            message.setBody(new LazyTalks(pages, first));
            return;
        }
        List<Talk> all = new ArrayList<>();
        for (List<Talk> page = first; page != null; page = pages.next()) {
            all.addAll(page);
        }
        message.setBody(all);
    }

    /** The listing this exchange asks for: headers override the endpoint's options. */
    public static TalkPages pages(Exchange exchange, OperationContext context) {
        ZohoShowTimeConfiguration config = context.configuration();
        ShowTimeClient client = context.client(exchange);
        String orgId = context.orgId(exchange, client);
        String filter = context.header(exchange, ZohoShowTimeConstants.FILTER, config.getFilter());
        String sort = context.header(exchange, ZohoShowTimeConstants.SORT, config.getSort());
        return new TalkPages(client, context, orgId, filter, sort, config.getPageSize(), config.getMaxResults());
    }

    /** Walks the pages, holding one at a time. */
    private static final class LazyTalks implements Iterator<Talk> {

        private final TalkPages pages;
        private Iterator<Talk> current;

        LazyTalks(TalkPages pages, List<Talk> first) {
            this.pages = pages;
            this.current = first == null ? null : first.iterator();
        }

        @Override
        public boolean hasNext() {
            while (current != null && !current.hasNext()) {
                List<Talk> page = pages.next();
                current = page == null ? null : page.iterator();
            }
            return current != null;
        }

        @Override
        public Talk next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
