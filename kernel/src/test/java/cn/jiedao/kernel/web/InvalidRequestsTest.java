package cn.jiedao.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.kernel.problem.Problem;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP decoder refuses, as problems naming the part of the request (the services' and the gateway's
 * raw-socket tests send the requests themselves: eventing {@code BadInputTest}, gateway {@code RequestLimitsTest}).
 */
class InvalidRequestsTest {

    @Test
    void aRequestLineTooLongIs414NamingTheUri() {
        Problem problem = InvalidRequests.problemFor(new TooLongHttpLineException("An HTTP line is larger than 65536 bytes."),
                8192, 16384);
        assertThat(problem.status()).isEqualTo(414);
        assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("uri"));
        assertThat(problem.detail()).contains("8192");
    }

    @Test
    void headersTooLargeAre431NamingTheHeaders() {
        Problem problem = InvalidRequests.problemFor(new TooLongHttpHeaderException("HTTP header is larger than 65536 bytes."),
                8192, 16384);
        assertThat(problem.status()).isEqualTo(431);
        assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("headers"));
    }

    @Test
    void anUnreadableRequestLineOrHeaderIs400NamingWhichWithoutExceptionNames() {
        Problem line = InvalidRequests.problemFor(new IllegalArgumentException("Invalid URI"), 8192, 16384);
        assertThat(line.status()).isEqualTo(400);
        assertThat(line.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("uri"));
        Problem header = InvalidRequests.problemFor(
                new IllegalArgumentException("a header name cannot contain the following prohibited characters: =,;: \\t\\r\\n\\v\\f"),
                8192, 16384);
        assertThat(header.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("headers"));
        Problem wrapped = InvalidRequests.problemFor(
                new IllegalStateException("java.lang.IllegalArgumentException: header\u0000 bad"), 8192, 16384);
        assertThat(wrapped.detail()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("\u0000");
        assertThat(InvalidRequests.problemFor(null, 8192, 16384).status()).isEqualTo(400);
    }

    @Test
    void aUriThatDoesNotParseIs400NamingPathOrQuery() {
        assertThat(InvalidRequests.uriProblem("/api/x%").errors().get(0).field()).isEqualTo("path");
        assertThat(InvalidRequests.uriProblem("/api/x%zz?q=1").errors().get(0).field()).isEqualTo("path");
        assertThat(InvalidRequests.uriProblem("/api/x?q=50%").errors().get(0).field()).isEqualTo("query");
        assertThat(InvalidRequests.uriProblem("/api/\u0001x").errors().get(0).reason()).contains("U+0001");
        assertThat(InvalidRequests.uriProblem("/api/x%25?q=%E4%B8%AD")).isNull();
        assertThat(InvalidRequests.uriProblem("/api/x?q=a b")).isNotNull();
    }
}
