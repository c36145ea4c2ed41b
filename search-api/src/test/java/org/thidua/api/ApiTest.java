package org.thidua.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.api.Http.enc;
import static org.thidua.api.Http.json;
import static org.thidua.api.Http.text;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thidua.ingest.synth.PlanGenerator;
import org.thidua.ingest.synth.SyntheticPlan;
import tools.jackson.databind.JsonNode;

/**
 * The API over HTTP: a real server on a random port over a real index, loaded on start-up with the bundled sample
 * plans through thidua's own reader (Tika, extraction, Vietnamese analysis).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {
  static final String KEY = "s3cret-test-key";
  static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");
  static final Path DATA;

  static {
    try {
      DATA = Files.createTempDirectory("thidua-api-test");
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("thidua.index-dir", () -> DATA.resolve("index").toString());
    registry.add("thidua.samples-dir", SAMPLES::toString);
    registry.add("thidua.api-key", () -> KEY);
    registry.add("thidua.upload.max-file-size", () -> "64KB");
    registry.add("thidua.upload.max-request-size", () -> "256KB");
  }

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status) {
    assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.has("title")).isTrue();
    assertThat(problem.has("trace")).isFalse();
    // a reason may name what the parser hit; a stack trace never appears
    assertThat(text(response)).doesNotContain("\tat ").doesNotContainPattern("at [a-z]+\\.[a-z]+\\.");
  }

  private String planId(String docNumber) throws Exception {
    JsonNode plans = json(http.get("/api/plans?size=100"));
    for (JsonNode hit : plans.get("hits")) {
      if (hit.get("docNumber").asString().equals(docNumber)) {
        return hit.get("planId").asString();
      }
    }
    throw new AssertionError("no plan " + docNumber + " in " + plans);
  }

  @Test
  void theSamplesAreLoadedOnFirstStart() throws Exception {
    JsonNode plans = json(http.get("/api/plans?size=100"));
    assertThat(plans.get("total").asLong()).isEqualTo(14);
    assertThat(values(plans.get("facets").get("year"), "value")).containsExactlyInAnyOrder("2021", "2022", "2023", "2024", "2025");
    assertThat(plans.get("facets").propertyNames()).contains("province", "year", "quarter", "unit", "legalRef", "issuer", "docType");
  }

  @Test
  void tasksAreFoundWithoutDiacriticsAndHighlighted() throws Exception {
    HttpResponse<byte[]> response = http.get("/api/tasks?q=" + enc("kiem tra"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("total").asLong()).isEqualTo(json(http.get("/api/tasks?q=" + enc("kiểm tra"))).get("total").asLong()).isPositive();
    JsonNode hit = body.get("hits").get(0);
    for (String field : List.of("taskId", "planId", "text", "highlight", "quarter", "lead", "support", "docNumber", "issuer", "province", "year")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
    assertThat(hit.get("highlight").asString()).containsIgnoringCase("<mark>kiểm tra</mark>");
    assertThat(body.get("facets").propertyNames()).containsExactly("province", "year", "quarter", "unit", "legalRef", "issuer");
    assertThat(values(body.get("facets").get("quarter"), "value")).contains("III");
  }

  @Test
  void abbreviationsAndTheirExpansionFindEachOther() throws Exception {
    JsonNode expanded = json(http.get("/api/tasks?size=100&q=" + enc("hướng dẫn tổng kết thi đua khen thưởng")));
    assertThat(values(expanded.get("hits"), "text")).anyMatch(t -> t.contains("TĐKT"));
    JsonNode abbreviated = json(http.get("/api/tasks?size=100&q=" + enc("hướng dẫn tổng kết TĐKT")));
    assertThat(values(abbreviated.get("hits"), "text")).anyMatch(t -> t.contains("thi đua, khen thưởng")).anyMatch(t -> t.contains("TĐKT"));
    JsonNode phrase = json(http.get("/api/tasks?size=100&q=" + enc("\"tổng kết công tác\"")));
    assertThat(values(phrase.get("hits"), "text")).allMatch(t -> t.toLowerCase().contains("tổng kết công tác"));
  }

  @Test
  void filtersAreRepeatableKeepCommasAndCountSideways() throws Exception {
    JsonNode body =
        json(http.get("/api/tasks?size=100&q=" + enc("kiem tra") + "&province=" + enc("Hà Giang") + "&province=" + enc("Yên Bái") + "&quarter=III"));
    assertThat(body.get("total").asLong()).isPositive();
    // a handful of hits: counted exactly, and the answer says so
    assertThat(body.get("totalApproximate").asBoolean(true)).isFalse();
    assertThat(body.get("facetsApproximate").asBoolean(true)).isFalse();
    assertThat(values(body.get("hits"), "province")).containsOnly("Hà Giang", "Yên Bái");
    assertThat(values(body.get("hits"), "quarter")).containsOnly("III");
    // drill-sideways: provinces not chosen are still offered with their counts
    assertThat(values(body.get("facets").get("province"), "value")).contains("Bến Tre");

    String unit = "Ủy ban nhân dân các huyện, thành phố";
    JsonNode byUnit = json(http.get("/api/tasks?unit=" + enc(unit)));
    assertThat(byUnit.get("total").asLong()).isPositive();
    assertThat(values(byUnit.get("facets").get("unit"), "value")).contains(unit);

    JsonNode outdated = json(http.get("/api/tasks?size=100&legalRef=" + enc("91/2017/NĐ-CP") + "&year=2024"));
    assertThat(values(outdated.get("hits"), "docNumber")).contains("09/KH-LĐLĐ");
    assertThat(values(outdated.get("hits"), "year")).containsOnly("2024");
  }

  @Test
  void pagesAndBadParameters() throws Exception {
    JsonNode all = json(http.get("/api/tasks?size=5"));
    JsonNode page2 = json(http.get("/api/tasks?page=2&size=5"));
    assertThat(page2.get("total").asLong()).isEqualTo(all.get("total").asLong()).isGreaterThan(10);
    assertThat(page2.get("hits").size()).isEqualTo(5);
    assertThat(values(page2.get("hits"), "taskId")).doesNotContainAnyElementsOf(values(all.get("hits"), "taskId"));
    assertProblem(http.get("/api/tasks?page=0"), 400);
    assertProblem(http.get("/api/tasks?size=1000"), 400);
    assertProblem(http.get("/api/tasks?page=abc"), 400);
    assertProblem(http.get("/api/nothing-here"), 404);
  }

  @Test
  void planJsonAndOriginalFile() throws Exception {
    String id = planId("12/KH-UBND");
    JsonNode plan = json(http.get("/api/plans/" + id));
    assertThat(plan.get("id").asString()).isEqualTo(id);
    assertThat(plan.get("province").asString()).isEqualTo("Hà Giang");
    assertThat(plan.get("tasks").size()).isGreaterThan(10);

    HttpResponse<byte[]> source = http.get("/api/plans/" + id + "/source");
    assertThat(source.statusCode()).isEqualTo(200);
    assertThat(source.body()).isEqualTo(Files.readAllBytes(SAMPLES.resolve("2023_HaGiang_UBND_KH12_cong-tac-TDKT.docx")));
    assertThat(source.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
    assertThat(source.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"2023_HaGiang_UBND_KH12_cong-tac-TDKT.docx\"")
        .contains("filename*=UTF-8''2023_HaGiang_UBND_KH12_cong-tac-TDKT.docx");

    assertProblem(http.get("/api/plans/0000000000000000"), 404);
    assertProblem(http.get("/api/plans/0000000000000000/source"), 404);
  }

  @Test
  void uploadNeedsTheKeyThenIndexesAndDeleteRemoves() throws Exception {
    SyntheticPlan synthetic = new PlanGenerator(20260101).generate(3);
    Http.NamedFile file = new Http.NamedFile("Kế hoạch Điện Biên.txt", synthetic.toTextBytes());

    assertProblem(http.upload("/api/plans", null, file), 401);
    assertProblem(http.upload("/api/plans", "wrong", file), 401);
    assertThat(http.upload("/api/plans", null, file).headers().firstValue("WWW-Authenticate")).isPresent();

    HttpResponse<byte[]> created = http.upload("/api/plans", KEY, file);
    assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
    JsonNode plans = json(created);
    assertThat(plans.isArray()).isTrue();
    JsonNode plan = plans.get(0);
    String id = plan.get("id").asString();
    assertThat(plan.get("docNumber").asString()).isEqualTo(synthetic.docNumber());
    assertThat(plan.get("file").asString()).isEqualTo("Kế hoạch Điện Biên.txt");
    assertThat(plan.get("tasks").size()).isPositive();

    JsonNode found = json(http.get("/api/plans?size=100&q=" + enc(synthetic.title())));
    assertThat(values(found.get("hits"), "planId")).contains(id);
    HttpResponse<byte[]> source = http.get("/api/plans/" + id + "/source");
    assertThat(source.body()).isEqualTo(synthetic.toTextBytes());
    assertThat(source.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"Ke hoach Dien Bien.txt\"")
        .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%C4%90i%E1%BB%87n%20Bi%C3%AAn.txt");

    // the same bytes again: nothing changes, the plan is answered again
    HttpResponse<byte[]> again = http.upload("/api/plans", KEY, file);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(json(again).get(0).get("id").asString()).isEqualTo(id);
    assertThat(json(http.get("/api/plans?size=100")).get("total").asLong()).isEqualTo(15);

    assertProblem(http.delete("/api/plans/" + id, null), 401);
    assertThat(http.delete("/api/plans/" + id, KEY).statusCode()).isEqualTo(204);
    assertProblem(http.get("/api/plans/" + id), 404);
    assertThat(json(http.get("/api/plans?size=100")).get("total").asLong()).isEqualTo(14);
    assertProblem(http.delete("/api/plans/" + id, KEY), 404);
  }

  @Test
  void anUnreadableFileIs422WithItsReasonAndNothingIsIndexed() throws Exception {
    SyntheticPlan good = new PlanGenerator(20260102).generate(1);
    HttpResponse<byte[]> response =
        http.upload("/api/plans", KEY,
            new Http.NamedFile("good.txt", good.toTextBytes()),
            new Http.NamedFile("broken.docx", "PK\u0003\u0004 truncated".getBytes(StandardCharsets.UTF_8)));
    assertProblem(response, 422);
    JsonNode problem = json(response);
    assertThat(problem.get("title").asString()).isEqualTo("Unreadable file");
    assertThat(problem.get("detail").asString()).contains("broken.docx");
    assertThat(problem.get("reason").asString()).isNotBlank();
    assertThat(problem.get("code").asString()).isEqualTo("TRUNCATED_OR_CORRUPT");
    assertThat(problem.get("failures").get(0).get("file").asString()).isEqualTo("broken.docx");
    assertThat(json(http.get("/api/plans?size=100")).get("total").asLong()).isEqualTo(14);

    HttpResponse<byte[]> empty = http.upload("/api/plans", KEY, new Http.NamedFile("empty.pdf", new byte[0]));
    assertProblem(empty, 422);
    assertThat(json(empty).get("code").asString()).isEqualTo("EMPTY");
  }

  @Test
  void anUploadOverTheLimitIs413() throws Exception {
    byte[] big = new byte[100 * 1024];
    assertProblem(http.upload("/api/plans", KEY, new Http.NamedFile("big.pdf", big)), 413);
  }

  @Test
  void csvHasABomQuotingAndTheSameFilters() throws Exception {
    HttpResponse<byte[]> response = http.get("/api/tasks.csv?q=" + enc("kiểm tra") + "&province=" + enc("Bến Tre"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains(".csv");
    byte[] body = response.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines[0]).isEqualTo("taskId,planId,docNumber,issuer,province,year,quarter,text,lead,support");
    long total = json(http.get("/api/tasks?q=" + enc("kiểm tra") + "&province=" + enc("Bến Tre"))).get("total").asLong();
    assertThat(lines).hasSize((int) total + 1);
    assertThat(lines[1])
        .contains(",18/KH-SNV,")
        .contains(",Bến Tre,2021,III,")
        .contains("\"Kiểm tra công tác thi đua, khen thưởng tại các đơn vị trực thuộc Sở.\"");
  }

  @Test
  void openApiSwaggerUiAndHealth() throws Exception {
    HttpResponse<byte[]> docs = http.get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = json(docs).get("paths");
    assertThat(paths.propertyNames()).contains("/api/tasks", "/api/tasks.csv", "/api/plans", "/api/plans/{id}", "/api/plans/{id}/source");
    assertThat(paths.get("/api/tasks").get("get").get("parameters").toString()).contains("legalRef").contains("quarter");
    assertThat(paths.get("/api/plans").get("post").toString()).contains("apiKey");
    HttpResponse<byte[]> ui = http.get("/swagger-ui.html");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(text(ui)).contains("swagger-ui");
    HttpResponse<byte[]> health = http.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).get("status").asString()).isEqualTo("UP");
  }
}
