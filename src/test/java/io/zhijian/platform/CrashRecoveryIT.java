package io.zhijian.platform;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhijian.support.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whatever was answered 2xx survives a SIGKILL of the packaged application right after the response, on the embedded
 * default and on PostgreSQL: exam answers, an evaluation's autosave and a ticket import, which is also found by
 * search after the restart although the index had not committed it (the index catches up with the database at start-up).
 */
class CrashRecoveryIT {

    private static final String WORD = "崩溃恢复验证包裹";

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheIndexCatchesUp() throws Exception {
        survivesAKill(AppProcess.defaultJar(),
                Path.of("target", "crash-it", "data").toAbsolutePath());
    }

    /** The same on PostgreSQL: the application built for it, on a real PostgreSQL 16 that outlives the killed app. */
    @Test
    void onPostgreSqlToo() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            survivesAKill(AppProcess.postgresqlJar(),
                    Path.of("target", "crash-it", "postgresql-data").toAbsolutePath(),
                    "quarkus.datasource.jdbc.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username=postgres", "quarkus.datasource.password=postgres");
        }
    }

    private void survivesAKill(Path jar, Path data, String... database) throws Exception {
        deleteTree(data);
        // The index would commit on its own within 10 s: an hour makes sure the kill finds it uncommitted.
        String[] firstRun = Stream.concat(Stream.of(database), Stream.of("zhijian.search.commit-every=1h"))
                .toArray(String[]::new);
        AppProcess app = AppProcess.startJar(jar, data, firstRun);
        Map<Integer, Object> saved = new LinkedHashMap<>();
        int attempt;
        int evaluation;
        try {
            RestAssured.baseURI = app.base();
            RestAssured.port = -1;
            int exam = as("agent1").get("/api/exams").then().statusCode(200).extract().path("[0].id");
            var started = as("agent1").post("/api/exams/" + exam + "/attempts").then().statusCode(201).extract();
            attempt = started.path("attemptId");
            List<Map<String, Object>> questions = started.path("questions");

            String csv = "ticket_no,type,content,created_at,agent\nCRASH-1,协查," + WORD + "未送达,2026-11-20 09:30,agent1\n";
            as("qa").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("format", "csv")
                    .post("/api/tickets/import").then().statusCode(200).body("imported", equalTo(1));
            evaluation = as("qa").contentType(ContentType.JSON)
                    .body(Map.of("interactionType", "TICKET", "interactionId", "CRASH-1", "scorecardKey", "ticket-quality"))
                    .post("/api/evaluations").then().statusCode(201).extract().path("id");
            as("qa").contentType(ContentType.JSON).body(Map.of("answers", Map.of("customer-info", 15),
                            "comments", Map.of("customer-info", "电话号码缺一位")))
                    .put("/api/evaluations/" + evaluation + "/answers").then().statusCode(200);

            String chat = "{\"externalId\":\"CRASH-CHAT\",\"agent\":\"agent1\",\"startedAt\":\"2026-11-20 09:00\","
                    + "\"messages\":[{\"at\":\"2026-11-20 09:00:05\",\"from\":\"CUSTOMER\",\"text\":\"" + WORD + "在哪里\"}]}";
            as("qa").contentType(ContentType.JSON).body(chat).post("/api/chats/import").then().statusCode(200)
                    .body("imported", equalTo(1));

            for (Map<String, Object> q : questions) {
                Object answer = answerFor(q);
                if (answer == null) {
                    continue;
                }
                int slot = (Integer) q.get("slot");
                as("agent1").contentType(ContentType.JSON).body(Map.of("answer", answer))
                        .put("/api/attempts/" + attempt + "/answers/" + slot).then().statusCode(200);
                saved.put(slot, answer);
            }
        } finally {
            app.kill();
        }

        app = AppProcess.startJar(jar, data, database);
        try {
            RestAssured.baseURI = app.base();
            RequestSpecification agent = as("agent1");
            List<Map<String, Object>> after = agent.get("/api/attempts/" + attempt).then().statusCode(200)
                    .extract().path("questions");
            for (Map<String, Object> q : after) {
                if (saved.containsKey((Integer) q.get("slot"))) {
                    assertEquals(normalised(saved.get((Integer) q.get("slot"))), normalised(q.get("response")),
                            "slot " + q.get("slot") + " was answered 200 before the kill");
                }
            }
            as("qa").get("/api/evaluations/" + evaluation).then().statusCode(200)
                    .body("answers.customer-info", equalTo(15))
                    .body("comments.customer-info", equalTo("电话号码缺一位"));
            // The ticket and the chat imported seconds before the kill are both found: the index caught up at start.
            as("qa").get("/api/search?q=" + WORD + " channel:ticket").then().statusCode(200)
                    .body("total", equalTo(1)).body("hits[0].ticketNo", equalTo("CRASH-1"));
            as("qa").get("/api/search?q=" + WORD + " channel:chat").then().statusCode(200)
                    .body("total", equalTo(1)).body("hits[0].type", equalTo("CHAT"));
            as("qa").get("/api/chats").then().statusCode(200).body("items.externalId", org.hamcrest.Matchers.hasItem("CRASH-CHAT"));
            // The ticket's auto-QA work was queued in its import's transaction: after the restart it has run, and
            // search finds the ticket by its result (no customer information at all: the item lost points).
            long until = System.nanoTime() + 30_000_000_000L;
            while (as("qa").get("/api/search?q=auto:customer-info AND ticket:CRASH-1").then().statusCode(200).extract()
                    .<Integer>path("total") != 1) {
                org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() < until, "auto-QA never ran after the restart");
                Thread.sleep(200);
            }
            as("qa").get("/api/auto-qa/runs").then().statusCode(200).body("queued", equalTo(0));
            as("qa").get("/api/tickets/CRASH-1/auto-qa").then().statusCode(200)
                    .body("results.find { it.scorecardKey == 'ticket-quality' }.items.find { it.itemKey == 'customer-info' }.answer",
                            equalTo("0"));
        } finally {
            app.stop();
            RestAssured.reset();
        }
    }

    @SuppressWarnings("unchecked")
    private static Object answerFor(Map<String, Object> q) {
        List<Map<String, Object>> choices = (List<Map<String, Object>>) q.get("choices");
        return switch ((String) q.get("type")) {
            case "TRUE_FALSE" -> true;
            case "MULTIPLE_CHOICE" -> List.of(choices.get(choices.size() - 1).get("id"));
            case "SINGLE_CHOICE" -> choices.get(choices.size() - 1).get("id");
            case "NUMERICAL" -> 10;
            case "SHORT_ANSWER", "ESSAY" -> "回答";
            case "MISSING_WORD" -> choices == null ? "好的" : choices.get(0).get("id");
            default -> null;
        };
    }

    private static String normalised(Object value) {
        return String.valueOf(value);
    }

    /**
     * A stop while the seeds load (right after HTTP opens) ends the process promptly and leaves a database the
     * next start finishes loading: start-up work is never interrupted inside a database write (an interrupt closes
     * H2's file channel and left a process spinning on a closed store).
     */
    @Test
    void aStopDuringSeedLoadingEndsPromptlyAndTheNextStartFinishesTheSeeds() throws Exception {
        Path data = Path.of("target", "crash-it", "stop-while-seeding").toAbsolutePath();
        deleteTree(data);
        AppProcess app = AppProcess.startListening(data);
        boolean ended = app.stopWithin(java.time.Duration.ofSeconds(60));
        if (!ended) {
            app.kill();
        }
        org.junit.jupiter.api.Assertions.assertTrue(ended, "the app did not stop within 60 s; see " + data.resolve("app.log"));
        String log = Files.readString(data.resolve("app.log"));
        org.junit.jupiter.api.Assertions.assertFalse(log.contains("ClosedByInterruptException"), log);

        app = AppProcess.start(data);
        try {
            RestAssured.baseURI = app.base();
            RestAssured.port = -1;
            as("trainer").get("/api/question-banks").then().statusCode(200)
                    .body("key", org.hamcrest.Matchers.hasItems("online-service", "ticket-service", "scripts"));
            as("trainer").get("/api/scorecards").then().statusCode(200)
                    .body("key", org.hamcrest.Matchers.hasItems("call-quality", "ticket-quality"));
        } finally {
            app.stop();
            RestAssured.reset();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
