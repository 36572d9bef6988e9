package cn.jiedao.mediation;

import static cn.jiedao.testing.Requests.as;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;

/** Small helpers the resource tests share: a room with a mediator, a registered dispute, its ETag. */
public final class MediationApi {

    private MediationApi() {
    }

    public record Room(String roomId, String mediatorId) {
    }

    public static Room room() {
        String mediatorId = as("street-admin")
                .contentType("application/json")
                .body("{\"name\": \"陈红\", \"phone\": \"13900000000\", \"specialities\": [\"PROPERTY_MANAGEMENT\", \"NEIGHBOR\"]}")
                .when().post("/api/mediation/mediators").then().statusCode(201).extract().path("id");
        String roomId = as("street-admin")
                .contentType("application/json")
                .body("{\"name\": \"陈红调解室-" + UUID.randomUUID() + "\", \"location\": \"融调解中心\", \"leadMediatorId\": \""
                        + mediatorId + "\"}")
                .when().post("/api/mediation/rooms").then().statusCode(201).extract().path("id");
        return new Room(roomId, mediatorId);
    }

    public static String registerWalkIn(String body) {
        return as("grid-worker").contentType("application/json")
                .body(body).when().post("/api/mediation/disputes").then().statusCode(201).extract().path("id");
    }

    public static String etag(String disputeId) {
        return as("mediator")
                .when().get("/api/mediation/disputes/" + disputeId).then().statusCode(200).extract().header("ETag");
    }

    public static ExtractableResponse<Response> step(String disputeId, String step, String body) {
        return as("mediator").header("If-Match", etag(disputeId))
                .contentType("application/json").body(body)
                .when().post("/api/mediation/disputes/" + disputeId + "/" + step).then().extract();
    }

    public static void accept(String disputeId, Room room) {
        Response r = step(disputeId, "acceptance", "{\"roomId\": \"" + room.roomId() + "\", \"mediatorId\": \""
                + room.mediatorId() + "\"}").response();
        if (r.statusCode() != 200) {
            throw new AssertionError("acceptance of " + disputeId + " answered " + r.statusCode() + ": " + r.asString());
        }
    }
}
