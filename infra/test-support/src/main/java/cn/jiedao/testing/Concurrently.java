package cn.jiedao.testing;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The same request {@code n} times at once: {@code n} threads wait on one latch, which releases them together,
 * so the requests meet in the service (the row lock, the version check, the unique key). Written once for every
 * concurrency test: {@code Concurrently.run(10, i -> as("mediator").header("If-Match", etag).post(path))}.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * @param n       how many requests
     * @param request the {@code i}-th request (0 ≤ i &lt; n), sent and answered on its own thread
     * @return the answers, in the order of {@code i}
     */
    public static List<ExtractableResponse<Response>> run(int n, IntFunction<Response> request) {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(index).then().extract();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the " + n + " threads did not start");
            }
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("a concurrent request failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The status codes of {@link #run}. */
    public static List<Integer> statuses(int n, IntFunction<Response> request) {
        return run(n, request).stream().map(ExtractableResponse::statusCode).toList();
    }
}
