package cn.jiedao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.infra.ServiceList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The published OpenAPI documents ({@code docs/openapi/*.yaml}) change compatibly: each document as the last
 * commit that changed it left it is compared (openapi-diff) with the version before that commit; a change a
 * client generated from the older document would break on (an operation or field removed, a type narrowed, a
 * parameter made required) fails unless that commit's message says {@code BREAKING} and why.
 */
class PublishedContractsTest {

    @Test
    void everyPublishedDocumentChangedCompatiblyOrItsCommitSaysBreaking() throws Exception {
        Path repo = ServiceList.repository();
        Path documents = repo.resolve("docs/openapi");
        List<Path> published;
        try (Stream<Path> files = Files.list(documents)) {
            published = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(published).as("published documents in " + documents).isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (Path document : published) {
            String path = repo.relativize(document).toString();
            String commit = git(repo, "log", "-1", "--format=%H", "--", path).strip();
            if (commit.isEmpty()) {
                continue; // not committed yet: there is no earlier version to break
            }
            String message = git(repo, "log", "-1", "--format=%B", commit);
            String before = gitOrNull(repo, "show", commit + "^:" + path);
            if (before == null) {
                continue; // the commit that published it first
            }
            String after = git(repo, "show", commit + ":" + path);
            ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
            if (diff.isIncompatible() && !message.contains("BREAKING")) {
                broken.add(path + " in " + commit.substring(0, 10) + ": " + describe(diff));
            }
        }
        assertThat(broken).as("incompatible changes of published documents whose commit does not say BREAKING")
                .isEmpty();
    }

    @Test
    void theCheckSeesABreakingChange() {
        String before = """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /api/x/things:
                    get:
                      responses: {'200': {description: ok}}
                  /api/x/others:
                    get:
                      responses: {'200': {description: ok}}
                """;
        String removed = before.substring(0, before.indexOf("  /api/x/others"));
        assertThat(OpenApiCompare.fromContents(before, removed).isIncompatible()).as("an operation removed").isTrue();
        assertThat(OpenApiCompare.fromContents(removed, before).isIncompatible()).as("an operation added").isFalse();
    }

    private static String describe(ChangedOpenApi diff) {
        List<String> changes = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> changes.add("removed " + e.getMethod() + " " + e.getPathUrl()));
        diff.getChangedOperations().stream().filter(o -> o.isChanged().isIncompatible())
                .forEach(o -> changes.add("changed " + o.getHttpMethod() + " " + o.getPathUrl()));
        return changes.isEmpty() ? "incompatible (see openapi-diff)" : String.join("; ", changes);
    }

    static String git(Path repo, String... arguments) throws IOException, InterruptedException {
        String out = gitOrNull(repo, arguments);
        if (out == null) {
            throw new IllegalStateException("git " + String.join(" ", arguments) + " failed in " + repo);
        }
        return out;
    }

    static String gitOrNull(Path repo, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return null;
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
