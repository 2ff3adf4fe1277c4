package io.github.camelzoho.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server for the byte-level faults WireMock cannot play: an answer that stalls forever, a body cut
 * by a TCP reset, a chunked body that never ends. Closing it closes every socket, so nothing outlives a test.
 */
final class RawServer implements AutoCloseable {

    enum Behaviour {
        /** Reads the request and never answers. */
        STALL,
        /** Announces 2000 bytes of JSON, sends 100, then resets the connection. */
        RESET_MID_BODY,
        /** 200, chunked JSON that never ends (until the client goes away or the server is closed). */
        ENDLESS_BODY
    }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger bytesSent = new AtomicInteger();
    private volatile boolean closed;

    RawServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "raw-server-" + behaviour);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    /** Bytes of body sent so far (ENDLESS_BODY). */
    long bytesSent() {
        return bytesSent.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread t = new Thread(() -> serve(socket), "raw-conn-" + behaviour);
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
            readHead(in);
            requests.incrementAndGet();
            OutputStream out = socket.getOutputStream();
            switch (behaviour) {
                case STALL -> {
                    while (!closed && in.read() != -1) {
                        // hold the connection open, answer nothing
                    }
                }
                case RESET_MID_BODY -> {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(("{\"access_token\":\"1000.partial" + "x".repeat(70)).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    socket.setSoLinger(true, 0); // close() now sends RST
                }
                case ENDLESS_BODY -> {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    chunk(out, "{\"talks\":[".getBytes(StandardCharsets.US_ASCII));
                    byte[] item = ("{\"id\":\"7001\",\"talkMood\":\"" + "z".repeat(4000) + "\"},")
                            .getBytes(StandardCharsets.US_ASCII);
                    while (!closed) {
                        chunk(out, item);
                        bytesSent.addAndGet(item.length);
                    }
                }
                default -> throw new IllegalStateException();
            }
        } catch (IOException e) {
            // the client went away: that is how these faults end
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads up to the blank line that ends the request head, and a Content-Length body. */
    private static void readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
            if (head.length() > 65_536) {
                return;
            }
        }
        String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            int end = lower.indexOf("\r\n", at);
            int length = Integer.parseInt(lower.substring(at + 15, end).trim());
            in.readNBytes(length);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
