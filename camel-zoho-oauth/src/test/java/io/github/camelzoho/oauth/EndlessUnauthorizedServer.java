package io.github.camelzoho.oauth;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server whose first answer is a 401 with a chunked body that never ends (until the client hangs up,
 * or 30 s pass), and whose later answers are 200. WireMock cannot send an endless body.
 */
final class EndlessUnauthorizedServer implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    EndlessUnauthorizedServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "endless-401");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "endless-401-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readRequestHead(in)) {
                if (requests.incrementAndGet() == 1) {
                    out.write(("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = "40\r\n{\"code\":\"INVALID_TOKEN\",\"message\":\"invalid oauth token\",\"status\":\"error\"}\r\n"
                            .getBytes(StandardCharsets.US_ASCII);
                    long deadline = System.nanoTime() + 30_000_000_000L;
                    while (System.nanoTime() < deadline) {
                        out.write(chunk);
                        out.flush();
                        Thread.sleep(5);
                    }
                    return;
                }
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up: what the test wants
        }
    }

    /** Reads up to the blank line that ends a request head (the requests here have no body). */
    private static boolean readRequestHead(InputStream in) throws IOException {
        int state = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            state = (b == '\r' && (state == 0 || state == 2)) ? state + 1 : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            if (state == 4) {
                return true;
            }
        }
        return any && false;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
