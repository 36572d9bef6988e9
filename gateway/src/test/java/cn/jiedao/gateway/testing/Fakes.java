package cn.jiedao.gateway.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The tests' remote control of {@link FakeServices}, through the economy fake (never stopped). */
public final class Fakes {

    private Fakes() {
    }

    public static String url(String area) {
        return ConfigProvider.getConfig().getValue("jiedao.gateway.upstreams." + area, String.class);
    }

    /** Every fake up, ready and with no calls recorded. */
    public static void reset() {
        given().post(control("reset")).then().statusCode(204);
    }

    public static List<Map<String, Object>> calls(String area) {
        return JsonPath.from(given().get(control(area + "/calls")).then().statusCode(200).extract().asString())
                .getList("$");
    }

    /** The one request the fake of {@code area} saw; fails if it saw none or several. */
    public static JsonPath onlyCall(String area) {
        List<Map<String, Object>> calls = calls(area);
        if (calls.size() != 1) {
            throw new AssertionError("Expected the " + area + " service to be called once, but it saw " + calls);
        }
        return JsonPath.from(given().get(control(area + "/calls")).then().extract().asString()).setRootPath("[0]");
    }

    public static void notReady(String area) {
        given().post(control(area + "/ready/false")).then().statusCode(204);
    }

    public static void stop(String area) {
        given().post(control(area + "/stop")).then().statusCode(204);
    }

    /** The statistics of {@code area} answer later than the test profile's report timeout until the next reset. */
    public static void slowStatistics(String area) {
        given().post(control(area + "/slow-statistics")).then().statusCode(204);
    }

    /** The statistics of {@code area} are refused with a 403 problem until the next reset. */
    public static void refuseStatistics(String area) {
        given().post(control(area + "/refuse-statistics")).then().statusCode(204);
    }

    private static String control(String command) {
        return url("economy") + "/__fake/" + command;
    }
}
