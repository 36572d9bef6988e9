package cn.jiedao.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * One member of the street's staff at the gateway: a subject with one role and its token, sending requests at
 * most {@code perMinute} a minute (the gateway limits each token subject to 600 a minute by default) and, when
 * the gateway still answers 429, waiting as long as its {@code Retry-After} says and sending again.
 */
final class Staff {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** An answer: its status, its ETag (or null) and its JSON body (NullNode when there is none). */
    record Answer(int status, String etag, JsonNode body) {
    }

    final String subject;
    final String role;
    private final String token;
    private final URI gateway;
    private final HttpClient http;
    private final long intervalNanos;
    private long nextAt;
    private volatile int waits;

    Staff(String subject, String role, String token, URI gateway, HttpClient http, int perMinute) {
        this.subject = subject;
        this.role = role;
        this.token = token;
        this.gateway = gateway;
        this.http = http;
        this.intervalNanos = 60_000_000_000L / perMinute;
    }

    JsonNode get(String path) {
        return send("GET", path, null, Map.of(), Set.of(200)).body();
    }

    /** The JSON body of GET {@code path}, or null when it answers 404. */
    JsonNode find(String path) {
        Answer a = send("GET", path, null, Map.of(), Set.of(200, 404));
        return a.status() == 404 ? null : a.body();
    }

    Answer send(String method, String path, Object body, Map<String, String> headers, Set<Integer> accepted) {
        for (int attempt = 1; ; attempt++) {
            pace();
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json");
                request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
            }
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt < 3) {
                    // e.g. a service just started: the gateway gave no answer; the demo records what is missing
                    System.err.println(method + " " + path + " as " + subject + ": " + e + "; sending again");
                    sleep(Duration.ofSeconds(1));
                    continue;
                }
                throw new Refused(method + " " + path + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Refused(method + " " + path + " interrupted");
            }
            int status = response.statusCode();
            if ((status == 429 || status == 503) && attempt < 20) {
                long seconds = response.headers().firstValue("Retry-After").map(Staff::seconds).orElse(1L);
                if (waits++ == 0) {
                    System.err.println(subject + ": HTTP " + status + ", waiting " + seconds
                            + " s as Retry-After says (and so on each time, silently)");
                }
                sleep(Duration.ofSeconds(Math.max(1, seconds)));
                continue;
            }
            JsonNode json = parse(response.body());
            if (!accepted.contains(status)) {
                throw new Refused(method + " " + path + " as " + subject + " (" + role + ") answered HTTP " + status
                        + ": " + problem(json));
            }
            return new Answer(status, response.headers().firstValue("ETag").orElse(null), json);
        }
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private synchronized void pace() {
        long now = System.nanoTime();
        if (nextAt > now) {
            sleep(Duration.ofNanos(nextAt - now));
            now = System.nanoTime();
        }
        nextAt = Math.max(now, nextAt) + intervalNanos;
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The problem's detail and each named field with its reason, or the body as it came. */
    static String problem(JsonNode json) {
        if (json == null || json.isNull()) {
            return "(no body)";
        }
        StringBuilder text = new StringBuilder(json.path("detail").asText(json.path("title").asText(json.toString())));
        for (JsonNode error : json.path("errors")) {
            text.append("; ").append(error.path("field").asText()).append(": ").append(error.path("reason").asText());
        }
        return text.toString();
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        }
    }

    /** A request the platform refused: the demo stops and prints why. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
