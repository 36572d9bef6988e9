package cn.jiedao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests no HTTP client would send, written byte for byte on a {@link Socket}: a raw {@code %} or a control
 * character in the request line, a header name with a space, headers past the server's own limits. The answer
 * is read until the server closes the connection (or 10 s pass).
 */
public final class RawHttp {

    /** The answer: status, headers (lower-case names) and body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A request the HTTP decoder cannot read, and the problem it must be answered with. */
    public record Malformed(String name, String request, int status, String field) {
        public byte[] bytes(String baseUrl) {
            URI uri = URI.create(baseUrl);
            return request.replace("{host}", uri.getHost() + ":" + uri.getPort()).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Every kind of request the decoder refuses (Vert.x would answer each without a body): the expected status
     * and the field the problem names. {@code {host}} stands for the server's host and port.
     */
    public static final java.util.List<Malformed> MALFORMED = java.util.List.of(
            new Malformed("raw % in the path", "GET /api/x% HTTP/1.1\r\nHost: {host}\r\n\r\n", 400, "path"),
            new Malformed("% not followed by two hex digits", "GET /api/x%zz HTTP/1.1\r\nHost: {host}\r\n\r\n", 400,
                    "path"),
            new Malformed("raw % in the query", "GET /api/x?q=50% HTTP/1.1\r\nHost: {host}\r\n\r\n", 400, "query"),
            new Malformed("control character in the path", "GET /api/\u0001x HTTP/1.1\r\nHost: {host}\r\n\r\n", 400,
                    "path"),
            new Malformed("tab in the request line", "GET /api/a\tb HTTP/1.1\r\nHost: {host}\r\n\r\n", 400, "uri"),
            new Malformed("not a request line", "GARBAGE\r\n\r\n", 400, "uri"),
            new Malformed("header name with a space", "GET /api/x HTTP/1.1\r\nHost: {host}\r\nBad Header: a\r\n\r\n",
                    400, "headers"),
            new Malformed("NUL in a header value", "GET /api/x HTTP/1.1\r\nHost: {host}\r\nX-Note: a\u0000b\r\n\r\n",
                    400, "headers"),
            new Malformed("request line past 64 KiB", "GET /api/" + "x".repeat(70_000) + " HTTP/1.1\r\nHost: {host}\r\n\r\n",
                    414, "uri"),
            new Malformed("headers past 64 KiB", "GET /api/x HTTP/1.1\r\nHost: {host}\r\nX-Padding: " + "y".repeat(70_000)
                    + "\r\n\r\n", 431, "headers"),
            new Malformed("no Host header", "GET /api/x HTTP/1.1\r\nConnection: close\r\n\r\n", 400, "Host"),
            new Malformed("Host that is not host:port", "GET /api/x HTTP/1.1\r\nHost: a:abc\r\nConnection: close\r\n\r\n",
                    400, "Host"));

    private RawHttp() {
    }

    /** Sends {@code request} (the whole request, CRLFs included) to {@code baseUrl}'s host and port. */
    public static Answer send(String baseUrl, byte[] request) throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it read everything; read what it said
            }
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // keep what came
            }
            return parse(read.toString(StandardCharsets.UTF_8));
        }
    }

    /** {@code GET <target> HTTP/1.1} with a Host header and {@code extraHeaders} (each ending in CRLF). */
    public static Answer get(String baseUrl, String target, String extraHeaders) throws IOException {
        URI uri = URI.create(baseUrl);
        String request = "GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + extraHeaders + "Connection: close\r\n\r\n";
        return send(baseUrl, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = -1;
        if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
            String[] parts = lines[0].split(" ", 3);
            status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, body);
    }
}
