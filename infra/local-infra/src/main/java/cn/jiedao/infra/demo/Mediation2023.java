package cn.jiedao.infra.demo;

import static cn.jiedao.infra.demo.Records.of;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Section 一.2 (社会治理): the 融调解 centre's disputes of the year by category and intake channel, the police
 * station's referrals (over Kafka on {@code police.dispute-referrals} as the county's police system sends them,
 * a few over REST), their acceptance and outcomes, and the warning letters. The intake is shared by the centre's
 * mediators, each with a token of their own.
 */
final class Mediation2023 {

    static final String REFERRALS_TOPIC = "police.dispute-referrals";
    static final ZoneOffset STREET = ZoneOffset.ofHours(8);

    private final Demo demo;
    private final JsonNode data;
    private final Staff admin;
    private final Staff police;
    private final List<Staff> mediators = new ArrayList<>();

    Mediation2023(Demo demo) {
        this.demo = demo;
        this.data = demo.data().path("mediation");
        this.admin = demo.staff("sun.yan", "street-admin");
        this.police = demo.staff("bayuehu-police-station", "police-system");
        data.path("mediators").forEach(m -> mediators.add(demo.staff(m.path("subject").asText(), "mediator")));
    }

    private String period() {
        return "from=" + demo.year() + "-01-01&to=" + LocalDate.of(demo.year(), demo.throughMonth(), 1)
                .plusMonths(1).minusDays(1);
    }

    void run() {
        List<Map<String, Object>> people = new ArrayList<>();
        data.path("mediators").forEach(m -> people.add(of("name", m.path("name").asText(), "phone",
                m.path("phone").asText(), "specialities", m.path("specialities"))));
        Map<String, String> mediatorIds = demo.recorder().keyed("mediation: mediators", admin,
                "/api/mediation/mediators", "name", "/api/mediation/mediators", people);
        String lead = mediatorIds.get(data.path("mediators").get(0).path("name").asText());
        JsonNode room = data.path("room");
        Map<String, String> rooms = demo.recorder().keyed("mediation: rooms", admin, "/api/mediation/rooms", "name",
                "/api/mediation/rooms", List.of(of("name", room.path("name").asText(), "location",
                        room.path("location").asText(), "leadMediatorId", lead)));
        String roomId = rooms.get(room.path("name").asText());

        intake(roomId, lead);
        referrals(roomId, lead);
        warningLetters();
    }

    /**
     * The disputes registered at the centre: one series per category, channel and month, so that the mediators
     * share the work and a second run counts each series and adds what is missing.
     */
    private void intake(String roomId, String mediatorId) {
        record Series(String category, String channel, int month, List<Map<String, Object>> bodies) {
        }
        List<Series> all = new ArrayList<>();
        for (JsonNode group : data.path("disputes")) {
            String category = group.path("category").asText();
            JsonNode summaries = group.path("summaries");
            for (Iterator<Map.Entry<String, JsonNode>> c = group.path("channels").fields(); c.hasNext(); ) {
                Map.Entry<String, JsonNode> channel = c.next();
                int count = channel.getValue().asInt();
                List<List<Map<String, Object>>> byMonth = new ArrayList<>();
                for (int m = 0; m < demo.throughMonth(); m++) {
                    byMonth.add(new ArrayList<>());
                }
                for (int i = 0; i < count; i++) {
                    LocalDate day = Records.spread(demo.year(), demo.throughMonth(), i, count);
                    OffsetDateTime at = day.atTime(9 + i % 8, (i * 7) % 60).atOffset(STREET);
                    byMonth.get(day.getMonthValue() - 1).add(of("channel", channel.getKey(), "category", category,
                            "summary", summaries.get(i % summaries.size()).asText(),
                            "address", Hub2023.COMPOUNDS[i % Hub2023.COMPOUNDS.length] + (1 + i % 12) + "栋",
                            "gridCode", Hub2023.gridCode(demo.data(), i), "receivedAt", at.toString(),
                            "urgency", "NORMAL"));
                }
                for (int m = 0; m < byMonth.size(); m++) {
                    if (!byMonth.get(m).isEmpty()) {
                        all.add(new Series(category, channel.getKey(), m + 1, byMonth.get(m)));
                    }
                }
            }
        }
        ConcurrentLinkedQueue<Series> queue = new ConcurrentLinkedQueue<>(all);
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger there = new AtomicInteger();
        AtomicInteger concluded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(mediators.size());
        List<Future<?>> done = new ArrayList<>();
        for (Staff mediator : mediators) {
            done.add(pool.submit(() -> {
                for (Series s = queue.poll(); s != null; s = queue.poll()) {
                    LocalDate first = LocalDate.of(demo.year(), s.month(), 1);
                    String count = "/api/mediation/disputes?category=" + s.category() + "&channel=" + s.channel()
                            + "&from=" + first + "&to=" + first.plusMonths(1).minusDays(1);
                    int existing = (int) Math.min(s.bodies().size(), Recorder.total(mediator, count));
                    for (Map<String, Object> body : s.bodies().subList(existing, s.bodies().size())) {
                        Staff.Answer registered = mediator.send("POST", "/api/mediation/disputes", body, Map.of(),
                                Set.of(201));
                        conclude(mediator, registered.body(), registered.etag(), roomId, mediatorId, true);
                        concluded.incrementAndGet();
                    }
                    recorded.addAndGet(s.bodies().size() - existing);
                    there.addAndGet(existing);
                }
                return null;
            }));
        }
        pool.shutdown();
        Demo.join(done);
        demo.recorder().report("mediation: disputes registered at the centre", mediators.get(0), recorded.get(),
                there.get());

        // what an interrupted run registered and left open: accepted and concluded now, with their 2023 dates
        List<JsonNode> open = new ArrayList<>();
        for (String status : List.of("RECEIVED", "ACCEPTED")) {
            for (JsonNode d : Recorder.all(mediators.get(0), "/api/mediation/disputes?status=" + status + "&" + period())) {
                if (!"POLICE_REFERRAL".equals(d.path("channel").asText())) {
                    open.add(d);
                }
            }
        }
        ConcurrentLinkedQueue<JsonNode> left = new ConcurrentLinkedQueue<>(open);
        ExecutorService again = Executors.newFixedThreadPool(mediators.size());
        List<Future<?>> taken = new ArrayList<>();
        for (Staff mediator : mediators) {
            taken.add(again.submit(() -> {
                for (JsonNode d = left.poll(); d != null; d = left.poll()) {
                    String etag = etag(mediator, "/api/mediation/disputes/" + d.path("id").asText());
                    conclude(mediator, d, etag, roomId, mediatorId, true);
                    concluded.incrementAndGet();
                }
                return null;
            }));
        }
        again.shutdown();
        Demo.join(taken);
        int all2023 = 0;
        for (Series s : all) {
            all2023 += s.bodies().size();
        }
        demo.recorder().report("mediation: centre's disputes accepted and concluded", mediators.get(0),
                concluded.get(), all2023 - concluded.get());
    }

    /**
     * Accepts a dispute the day after its receipt and, when {@code resolve} is not null, concludes it (RESOLVED
     * or FAILED) {@link #daysToConclude} days after its receipt: steps entered after the fact
     * ({@code occurredOn}, {@code occurredAt}), so that its deadlines, the overdue count and the days to
     * conclusion are those of 2023.
     */
    private void conclude(Staff mediator, JsonNode dispute, String etag, String roomId, String mediatorId,
            Boolean resolve) {
        String path = "/api/mediation/disputes/" + dispute.path("id").asText();
        OffsetDateTime received = OffsetDateTime.parse(dispute.path("receivedAt").asText())
                .atZoneSameInstant(STREET).toOffsetDateTime();
        if ("RECEIVED".equals(dispute.path("status").asText())) {
            etag = mediator.send("POST", path + "/acceptance", of("roomId", roomId, "mediatorId", mediatorId,
                    "occurredOn", received.toLocalDate().plusDays(1).toString()), Map.of("If-Match", etag),
                    Set.of(200)).etag();
        }
        if (resolve == null) {
            return;
        }
        JsonNode c = data.path("conclusions");
        String at = received.plusDays(daysToConclude(received)).toString();
        Map<String, Object> outcome = resolve
                ? of("outcome", "RESOLVED", "summary", c.path("summary").asText(), "agreement",
                        of("form", "WRITTEN", "obligations", c.path("obligations").asText(),
                                "performanceTerms", c.path("performanceTerms").asText()), "occurredAt", at)
                : of("outcome", "FAILED", "summary", "双方未达成一致", "advice", "COURT", "occurredAt", at);
        mediator.send("POST", path + "/conclusion", outcome, Map.of("If-Match", etag), Set.of(200));
    }

    /** Days from receipt to conclusion: one of the data's {@code daysToConclude}, chosen by the minute of receipt. */
    private int daysToConclude(OffsetDateTime received) {
        JsonNode days = data.path("conclusions").path("daysToConclude");
        return days.get((received.getHour() * 60 + received.getMinute()) % days.size()).asInt();
    }

    /** 115 referrals: most over Kafka, the rest over REST; then accepted, and 105 concluded. */
    private void referrals(String roomId, String mediatorId) {
        JsonNode r = data.path("policeReferrals");
        int count = r.path("count").asInt();
        int overKafka = r.path("overKafka").asInt();
        List<Map<String, Object>> referrals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = Records.spread(demo.year(), demo.throughMonth(), i, count);
            referrals.add(of("referralNo", String.format("JQ-%d-BYH%04d", demo.year(), i + 1),
                    "policeStation", r.path("policeStation").asText(),
                    "referredAt", day.atTime(10, (i * 11) % 60).atOffset(STREET).toString(),
                    "category", r.path("category").asText(),
                    "summary", r.path("summaries").get(i % r.path("summaries").size()).asText(),
                    "address", Hub2023.COMPOUNDS[i % Hub2023.COMPOUNDS.length] + (1 + i % 9) + "栋",
                    "gridCode", Hub2023.gridCode(demo.data(), i)));
        }
        String countPath = "/api/mediation/disputes?channel=POLICE_REFERRAL&" + period();
        long before = Recorder.total(mediators.get(0), countPath);
        int sent = 0;
        if (before < count) {
            sent = produce(referrals.subList(0, overKafka));
        }
        int rest = 0;
        for (Map<String, Object> referral : referrals.subList(overKafka, count)) {
            String key = "bayuehu-" + referral.get("referralNo");
            if (police.send("POST", "/api/mediation/police-referrals", referral, Map.of("Idempotency-Key", key),
                    Set.of(200, 201)).status() == 201) {
                rest++;
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long received = Recorder.total(mediators.get(0), countPath);
        while (received < count && System.nanoTime() < deadline) {
            Demo.sleep(Duration.ofSeconds(1));
            received = Recorder.total(mediators.get(0), countPath);
        }
        if (received < count) {
            throw new Staff.Refused("only " + received + " of the " + count + " police referrals reached the "
                    + "mediation service within 120 s (is it consuming " + REFERRALS_TOPIC + "?)");
        }
        demo.recorder().report("mediation: police referrals (" + overKafka + " over Kafka, " + (count - overKafka)
                + " REST)", police, (int) Math.max(0, Math.min(count, received) - before), (int) Math.min(before, count));

        List<JsonNode> disputes = new ArrayList<>(Recorder.all(mediators.get(0), countPath));
        disputes.sort(Comparator.comparing((JsonNode d) -> d.path("receivedAt").asText())
                .thenComparing(d -> d.path("caseNo").asText()));
        int concludedTarget = r.path("concluded").asInt();
        int resolvedTarget = r.path("resolved").asInt();
        int concluded = (int) disputes.stream().filter(Mediation2023::ended).count();
        int resolved = (int) disputes.stream().filter(d -> "RESOLVED".equals(d.path("outcome").asText())).count();
        // the plan first (which to accept, which to conclude and how), then the steps, shared by the mediators
        record Step(JsonNode dispute, boolean accept, Boolean resolve) {
        }
        List<Step> steps = new ArrayList<>();
        int accepted = 0;
        int newlyConcluded = 0;
        for (JsonNode d : disputes) {
            String status = d.path("status").asText();
            boolean accept = "RECEIVED".equals(status);
            Boolean resolve = null;
            if ((accept || "ACCEPTED".equals(status)) && concluded < concludedTarget) {
                resolve = resolved < resolvedTarget;
                concluded++;
                newlyConcluded++;
                resolved += resolve ? 1 : 0;
            }
            accepted += accept ? 1 : 0;
            if (accept || resolve != null) {
                steps.add(new Step(d, accept, resolve));
            }
        }
        ConcurrentLinkedQueue<Step> queue = new ConcurrentLinkedQueue<>(steps);
        ExecutorService pool = Executors.newFixedThreadPool(mediators.size());
        List<Future<?>> done = new ArrayList<>();
        for (Staff mediator : mediators) {
            done.add(pool.submit(() -> {
                for (Step step = queue.poll(); step != null; step = queue.poll()) {
                    String path = "/api/mediation/disputes/" + step.dispute().path("id").asText();
                    conclude(mediator, step.dispute(), etag(mediator, path), roomId, mediatorId, step.resolve());
                }
                return null;
            }));
        }
        pool.shutdown();
        Demo.join(done);
        demo.recorder().report("mediation: referrals accepted", mediators.get(0), accepted,
                disputes.size() - accepted);
        demo.recorder().report("mediation: referrals concluded", mediators.get(0), newlyConcluded,
                concluded - newlyConcluded);
    }

    private static boolean ended(JsonNode d) {
        String status = d.path("status").asText();
        return "CONCLUDED".equals(status) || "CLOSED".equals(status);
    }

    private static String etag(Staff staff, String path) {
        return staff.send("GET", path, null, Map.of(), Set.of(200)).etag();
    }

    /**
     * Puts the referrals on the topic as the police system does: CloudEvents 1.0 JSON keyed by the referral
     * number; the event id is derived from the referral number, so a second run's events are the same events
     * (the consumer's inbox and the referral number each keep them from counting twice).
     */
    private int produce(List<Map<String, Object>> referrals) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, demo.kafka());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "jiedao-demo-police");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (Map<String, Object> referral : referrals) {
                String no = (String) referral.get("referralNo");
                Map<String, Object> event = of("specversion", "1.0",
                        "id", UUID.nameUUIDFromBytes(("bayuehu-referral/" + no).getBytes(StandardCharsets.UTF_8))
                                .toString(),
                        "type", "police.dispute.referred", "source", "/police/stations/bayuehu",
                        "time", referral.get("referredAt"), "datacontenttype", "application/json", "data", referral);
                try {
                    sent.add(producer.send(new ProducerRecord<>(REFERRALS_TOPIC, no,
                            Staff.JSON.writeValueAsString(event))));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            producer.flush();
            try {
                Demo.join(sent);
            } catch (RuntimeException e) {
                throw new Staff.Refused("Kafka at " + demo.kafka() + " did not take the referrals: " + e.getMessage());
            }
            return sent.size();
        }
    }

    private void warningLetters() {
        JsonNode w = data.path("warningLetters");
        int count = w.path("count").asInt();
        List<Map<String, Object>> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate issued = Records.spread(demo.year(), demo.throughMonth(), i, count);
            letters.add(of("issuer", w.path("issuer").asText(), "issuedOn", issued.toString(),
                    "subject", String.format("重大矛盾纠纷预警提示函(八政法预〔%d〕%d号): %s", demo.year(), i + 1,
                            w.path("subjects").get(i % w.path("subjects").size()).asText()),
                    "responseDue", issued.plusDays(7).toString()));
        }
        demo.recorder().keyed("mediation: warning letters", admin, "/api/mediation/warning-letters", "subject",
                "/api/mediation/warning-letters", letters);
    }

    /** Case numbers of disputes the volunteers helped with (from the round-table and people's-bridge intake). */
    List<String> caseNumbersHelpedByVolunteers(int n) {
        List<String> numbers = new ArrayList<>();
        for (String channel : List.of("ROUND_TABLE", "PEOPLES_BRIDGE")) {
            for (JsonNode d : Recorder.all(mediators.get(0), "/api/mediation/disputes?channel=" + channel + "&"
                    + period())) {
                if (numbers.size() < n) {
                    numbers.add(d.path("caseNo").asText());
                }
            }
        }
        return numbers;
    }
}
