package cn.jiedao.gateway.testing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the four services, each on its own random port: they record what reaches them and answer
 * like a Quarkus service would. The tests steer them over HTTP ({@code /__fake/...}, served by every one of
 * them) because the test code and this class may live in different class loaders.
 */
public final class FakeServices {

    public static final List<String> AREAS = List.of("economy", "mediation", "safety", "hub");
    /** How long {@code /api/<area>/slow} keeps the caller waiting: longer than the test profile's timeout. */
    static final long SLOW_MILLIS = 3_000;

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, FakeService> byArea = new LinkedHashMap<>();

    public Map<String, String> start() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String area : AREAS) {
            FakeService service = new FakeService(area);
            await(service.listen(0));
            byArea.put(area, service);
            urls.put(area, "http://127.0.0.1:" + service.port);
        }
        return urls;
    }

    public void close() {
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake service did not start or stop", e);
        }
    }

    private final class FakeService {

        final String area;
        final List<JsonObject> calls = new CopyOnWriteArrayList<>();
        volatile boolean ready = true;
        /** Whether its statistics answers come later than the test profile's timeout. */
        volatile boolean slowStatistics;
        /** Whether it refuses its statistics with a 403 problem, as a service does for a role it does not admit. */
        volatile boolean refuseStatistics;
        volatile int port;
        volatile HttpServer server;

        FakeService(String area) {
            this.area = area;
        }

        Future<Void> listen(int wanted) {
            HttpServer created = vertx.createHttpServer().requestHandler(this::handle);
            return created.listen(wanted, "127.0.0.1").map(listening -> {
                server = listening;
                port = listening.actualPort();
                return null;
            });
        }

        Future<Void> stop() {
            HttpServer running = server;
            server = null;
            return running == null ? Future.succeededFuture() : running.close();
        }

        Future<Void> restart() {
            return server != null ? Future.succeededFuture() : listen(port);
        }

        void handle(HttpServerRequest request) {
            String path = request.path();
            if (path.startsWith("/__fake/")) {
                control(request);
            } else if (path.equals("/q/health/ready")) {
                request.response().setStatusCode(ready ? 200 : 503).putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("status", ready ? "UP" : "DOWN").put("checks", new JsonArray())
                                .encode());
            } else if (path.equals("/q/openapi")) {
                JsonObject document = new JsonObject()
                        .put("openapi", "3.1.0")
                        .put("info", new JsonObject().put("title", "Jiedao " + area + "-service (fake)"))
                        .put("servers", new JsonArray().add(new JsonObject().put("url", "http://127.0.0.1:" + port)))
                        .put("paths", new JsonObject().put("/api/" + area + "/things", new JsonObject()));
                request.response().putHeader("Content-Type", "application/json").end(document.encode());
            } else if (path.startsWith("/api/")) {
                request.body().onSuccess(body -> api(request, body));
            } else {
                request.response().setStatusCode(404).end();
            }
        }

        private void api(HttpServerRequest request, Buffer body) {
            JsonObject headers = new JsonObject();
            request.headers().names().forEach(name ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", request.headers().getAll(name))));
            JsonObject call = new JsonObject()
                    .put("area", area)
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("bodyLength", body.length())
                    .put("bodySha256", sha256(body.getBytes()))
                    .put("body", body.length() <= 4096 ? body.toString(StandardCharsets.UTF_8) : null);
            calls.add(call);
            String path = request.path();
            if (path.equals("/api/" + area + "/codes")) {
                boolean signedIn = request.getHeader("Authorization") != null;
                request.response().setStatusCode(signedIn ? 200 : 401).putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put(area + "Kinds", new JsonObject().put("label", area + "类别")
                                .put("codes", new JsonArray().add(new JsonObject().put("code", "A").put("label", "甲"))))
                                .mergeIn(FakeStatistics.codeLists(area)).encode());
                return;
            }
            JsonObject statistics = FakeStatistics.answer(area, path);
            if (statistics != null) {
                boolean signedIn = request.getHeader("Authorization") != null;
                if (refuseStatistics) {
                    request.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                            .end(new JsonObject().put("type", "https://jiedao.cn/problems/forbidden")
                                    .put("title", "Not allowed for your role").put("status", 403)
                                    .put("detail", "Your role may not GET " + path).encode());
                    return;
                }
                Runnable answer = () -> request.response().setStatusCode(signedIn ? 200 : 401)
                        .putHeader("Content-Type", "application/json").end(statistics.encode());
                if (slowStatistics) {
                    vertx.setTimer(SLOW_MILLIS, t -> answer.run());
                } else {
                    answer.run();
                }
                return;
            }
            if (path.endsWith("/slow")) {
                vertx.setTimer(SLOW_MILLIS, t -> request.response().end("{\"late\":true}"));
            } else if (path.endsWith("/forbidden")) {
                request.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("type", "https://jiedao.cn/problems/forbidden")
                                .put("title", "Not allowed for your role").put("status", 403)
                                .put("detail", "Your role may not GET " + path).encode());
            } else if (path.endsWith("/created")) {
                request.response().setStatusCode(201)
                        .putHeader("Location", "http://127.0.0.1:" + port + "/api/" + area + "/things/7")
                        .putHeader("ETag", "\"1\"")
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .putHeader("Content-Type", "application/json")
                        .end("{\"id\":7}");
            } else if (path.endsWith("/download")) {
                int size = Integer.parseInt(request.getParam("bytes"));
                request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
                byte[] chunk = new byte[64 * 1024];
                for (int sent = 0; sent < size; sent += chunk.length) {
                    int length = Math.min(chunk.length, size - sent);
                    for (int i = 0; i < length; i++) {
                        chunk[i] = (byte) ((sent + i) % 251);
                    }
                    request.response().write(Buffer.buffer().appendBytes(chunk, 0, length));
                }
                request.response().end();
            } else {
                request.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("ETag", "\"3\"")
                        .putHeader("X-Upstream", area)
                        .end(new JsonObject().put("area", area).put("method", request.method().name())
                                .put("bodyLength", body.length()).put("bodySha256", call.getString("bodySha256"))
                                .encode());
            }
        }

        /**
         * {@code GET /__fake/<area>/calls}, {@code POST /__fake/<area>/ready/false}, {@code POST
         * /__fake/<area>/stop}, {@code POST /__fake/<area>/slow-statistics}, {@code POST
         * /__fake/<area>/refuse-statistics}, {@code POST /__fake/reset}: reset also
         * restarts what was stopped and makes statistics prompt and
         * admitted again.
         */
        private void control(HttpServerRequest request) {
            String[] parts = request.path().substring("/__fake/".length()).split("/");
            if (parts[0].equals("reset")) {
                List<Future<Void>> restarted = byArea.values().stream().map(service -> {
                    service.calls.clear();
                    service.ready = true;
                    service.slowStatistics = false;
                    service.refuseStatistics = false;
                    return service.restart();
                }).toList();
                Future.all(restarted).onComplete(done -> request.response().setStatusCode(204).end());
                return;
            }
            FakeService target = byArea.get(parts[0]);
            String command = parts.length > 1 ? parts[1] : "";
            if (target == null) {
                request.response().setStatusCode(404).end();
            } else if (command.equals("calls")) {
                request.response().putHeader("Content-Type", "application/json").end(new JsonArray(
                        List.copyOf(target.calls)).encode());
            } else if (command.equals("ready") && parts.length > 2) {
                target.ready = Boolean.parseBoolean(parts[2]);
                request.response().setStatusCode(204).end();
            } else if (command.equals("slow-statistics")) {
                target.slowStatistics = true;
                request.response().setStatusCode(204).end();
            } else if (command.equals("refuse-statistics")) {
                target.refuseStatistics = true;
                request.response().setStatusCode(204).end();
            } else if (command.equals("stop")) {
                target.stop().onComplete(done -> request.response().setStatusCode(204).end());
            } else {
                request.response().setStatusCode(404).end();
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
