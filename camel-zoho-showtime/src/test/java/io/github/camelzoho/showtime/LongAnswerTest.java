package io.github.camelzoho.showtime;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.camelzoho.showtime.ShowTimeStubs.ORG_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An answer longer than the component reads (32 MB), or one that never ends, fails the request at the bound: the
 * connection is closed instead of drained, and the request is not sent again.
 */
class LongAnswerTest extends ShowTimeTestSupport {

    @Test
    @Timeout(30)
    void anAnswerThatNeverEnds_failsAtTheBoundWithoutRetry() throws Exception {
        try (EndlessServer server = new EndlessServer(false)) {
            CamelExecutionException e = catchThrowableOfType(CamelExecutionException.class, () -> template
                    .requestBody("zoho-showtime:listTalks?orgId=" + ORG_ID + "&apiUrl=" + server.url(), (Object) null));
            assertThat(e.getCause()).isInstanceOf(ZohoShowTimeException.class).hasMessageContaining("longer than");
            assertThat(server.requests.get()).as("not retried").isEqualTo(1);
        }
    }

    @Test
    @Timeout(30)
    void aDeclaredLengthOverTheBound_failsBeforeReading() throws Exception {
        try (EndlessServer server = new EndlessServer(true)) {
            CamelExecutionException e = catchThrowableOfType(CamelExecutionException.class, () -> template
                    .requestBody("zoho-showtime:listTalks?orgId=" + ORG_ID + "&apiUrl=" + server.url(), (Object) null));
            assertThat(e.getCause()).isInstanceOf(ZohoShowTimeException.class).hasMessageContaining("longer than");
            assertThat(server.requests.get()).isEqualTo(1);
        }
    }

    /** 200 with a chunked JSON body that never ends, or with Content-Length 1 GB; until closed. */
    private static final class EndlessServer implements AutoCloseable {

        final AtomicInteger requests = new AtomicInteger();
        private final ServerSocket server = new ServerSocket();
        private final boolean declared;
        private volatile boolean closed;

        EndlessServer(boolean declared) throws IOException {
            this.declared = declared;
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread t = new Thread(this::serve, "endless-server");
            t.setDaemon(true);
            t.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        private void serve() {
            while (!closed) {
                try (Socket socket = server.accept()) {
                    InputStream in = socket.getInputStream();
                    StringBuilder head = new StringBuilder();
                    while (!head.toString().endsWith("\r\n\r\n")) {
                        int b = in.read();
                        if (b == -1) {
                            break;
                        }
                        head.append((char) b);
                    }
                    requests.incrementAndGet();
                    OutputStream out = socket.getOutputStream();
                    byte[] item = ("{\"id\":\"1\",\"talkMood\":\"" + "z".repeat(8000) + "\"},").getBytes(StandardCharsets.US_ASCII);
                    if (declared) {
                        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{\"talks\":["
                                .getBytes(StandardCharsets.US_ASCII));
                        while (!closed) {
                            out.write(item);
                        }
                    } else {
                        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        while (!closed) {
                            out.write((Integer.toHexString(item.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(item);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                } catch (IOException e) {
                    // the client closed the connection: the next one may come
                }
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            server.close();
        }
    }
}
