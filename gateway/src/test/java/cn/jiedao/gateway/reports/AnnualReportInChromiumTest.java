package cn.jiedao.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as a browser shows it: the page the gateway serves is written to {@code target/reports} and
 * opened by headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it), whose DOM and screenshot
 * are checked. Without Chromium this test fails: it never passes by not looking.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class AnnualReportInChromiumTest {

    static final Path OUT = Path.of("target", "reports");

    @Inject
    CodeLists codeLists;

    @BeforeEach
    void everyServiceUpAndNoListsKept() {
        Fakes.reset();
        codeLists.forget();
    }

    @Test
    void chromiumShowsTheFiguresAndTheThreeCharts() throws Exception {
        Path chromium = chromium();
        Response answer = AnnualReportDocumentsTest.asLeader("text/html");
        answer.then().statusCode(200);
        Files.createDirectories(OUT);
        Path page = OUT.resolve("annual-2023-chromium.html").toAbsolutePath();
        Files.writeString(page, answer.asString(), StandardCharsets.UTF_8);

        String dom = run(chromium, "--dump-dom", page.toUri().toString());
        assertThat(dom).as("the DOM Chromium built").contains("<html lang=\"zh-CN\">")
                .contains("1-10月累计完成一般预算收入1832万，完成全年进度92.99%，同比增长31.8%")
                .contains("共收集解决居民各类诉求2564件", "组织26次应急演练", "<td>1832万</td>", "<td>2564件</td>");
        List<String> svgs = new ArrayList<>();
        Matcher m = Pattern.compile("<svg\\b.*?</svg\\s*>", Pattern.DOTALL).matcher(dom);
        while (m.find()) {
            svgs.add(m.group());
        }
        assertThat(svgs).as("three inline charts in the DOM").hasSize(3);
        assertThat(svgs.get(0)).contains("一般预算收入逐月累计与全年目标进度", "累计完成（万元）", ">10月<");
        assertThat(svgs.get(1)).contains("居民诉求分类", ">物业类<");
        assertThat(svgs.get(2)).contains("安全隐患逐月发现与整改销号", "发现隐患（处）");
        for (String svg : svgs) {
            assertThat(AnnualReportDocumentsTest.count(svg, "<path") + AnnualReportDocumentsTest.count(svg, "<rect"))
                    .as("shapes Chromium parsed into the chart").isGreaterThan(10);
            assertThat(AnnualReportDocumentsTest.count(svg, "<text")).as("its text labels").isGreaterThan(5);
            assertThat(svg).contains("<title>");
        }

        Path screenshot = OUT.resolve("annual-2023.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(chromium, "--screenshot=" + screenshot, "--window-size=1024,3000", page.toUri().toString());
        assertThat(screenshot).as("Chromium's screenshot of the page").exists();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).hasSizeGreaterThan(20_000).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    /** Chromium on the PATH (Debian's chromium, or chromium-browser elsewhere); fails the test when there is none. */
    static Path chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return fail("Chromium is not installed: this test renders the report in headless Chromium. Install it "
                + "with `apt-get install chromium` (.ci/run does so when it is missing)");
    }

    /** Runs headless Chromium with a fresh profile and no network chatter; its standard output. */
    static String run(Path chromium, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("jiedao-chromium-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile("jiedao-chromium-", ".out");
        Path stderr = Files.createTempFile("jiedao-chromium-", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("Chromium did not finish within 60 s: " + Files.readString(stderr));
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("Chromium's exit status; its errors: %s", Files.readString(stderr))
                    .isZero();
            return out;
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
