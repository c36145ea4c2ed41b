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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thidua.ingest.index.TestPlans;
import org.thidua.ingest.plan.Task;
import tools.jackson.databind.JsonNode;

/**
 * The API over HTTP: a real server on a random port over a real index, loaded with sample plans at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestComponents.class)
class ApiTest {
  static final String KEY = "s3cret-test-key";
  static final Path DATA;
  static final Path SAMPLES;

  static {
    try {
      DATA = Files.createTempDirectory("thidua-api-test");
      SAMPLES = Files.createDirectories(DATA.resolve("samples"));
      for (TestPlans.Fixture f : TestPlans.all()) {
        Files.write(SAMPLES.resolve(f.fileName()), f.bytes());
      }
      Files.writeString(SAMPLES.resolve("README.md"), "not a plan");
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
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.has("title")).isTrue();
    assertThat(problem.has("trace")).isFalse();
    assertThat(text(response)).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void samplesAreLoadedOnFirstStartAndTasksAreSearchable() throws Exception {
    HttpResponse<byte[]> response = http.get("/api/tasks?q=" + enc("kiem tra"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("total").asLong()).isEqualTo(3);
    JsonNode hit = body.get("hits").get(0);
    for (String field : List.of("taskId", "planId", "text", "highlight", "quarter", "lead", "support", "docNumber", "issuer", "province", "year")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
    assertThat(hit.get("highlight").asString()).contains("<mark>Kiểm tra</mark>");
    assertThat(body.get("facets").propertyNames()).containsExactly("province", "year", "quarter", "unit", "legalRef", "issuer");
    assertThat(values(body.get("facets").get("quarter"), "value")).containsExactly("III");
  }

  @Test
  void filtersAreRepeatableAndKeepCommasInValues() throws Exception {
    JsonNode body =
        json(http.get("/api/tasks?province=" + enc("Lào Cai") + "&province=" + enc("Hà Tĩnh") + "&quarter=III&size=50"));
    assertThat(body.get("total").asLong()).isEqualTo(3);
    assertThat(values(body.get("hits"), "province")).containsOnly("Lào Cai", "Hà Tĩnh");
    // drill-sideways: Lạng Sơn is still offered with its count
    assertThat(values(body.get("facets").get("province"), "value")).contains("Lạng Sơn");

    JsonNode byIssuer = json(http.get("/api/tasks?unit=" + enc("Thanh tra Sở") + "&legalRef=" + enc("15/2003/QH11")));
    assertThat(byIssuer.get("total").asLong()).isEqualTo(1);
    assertThat(byIssuer.get("hits").get(0).get("support").get(0).asString()).isEqualTo("Thanh tra Sở");
  }

  @Test
  void pagesAndBadParameters() throws Exception {
    JsonNode page2 = json(http.get("/api/tasks?page=2&size=5"));
    assertThat(page2.get("total").asLong()).isEqualTo(13);
    assertThat(page2.get("hits").size()).isEqualTo(5);
    assertProblem(http.get("/api/tasks?page=0"), 400);
    assertProblem(http.get("/api/tasks?size=1000"), 400);
    assertProblem(http.get("/api/tasks?page=abc"), 400);
    assertProblem(http.get("/api/nothing-here"), 404);
  }

  @Test
  void plansSearchJsonAndSource() throws Exception {
    JsonNode plans = json(http.get("/api/plans?q=" + enc("thương binh")));
    assertThat(plans.get("total").asLong()).isEqualTo(1);
    JsonNode hit = plans.get("hits").get(0);
    String id = hit.get("planId").asString();
    assertThat(hit.get("snippets").get(0).asString()).contains("<mark>thương binh</mark>");

    JsonNode plan = json(http.get("/api/plans/" + id));
    assertThat(plan.get("id").asString()).isEqualTo(id);
    assertThat(plan.get("tasks").size()).isEqualTo(6);
    assertThat(plan.get("docNumber").asString()).isEqualTo("/KH-SLĐTBXH");

    HttpResponse<byte[]> source = http.get("/api/plans/" + id + "/source");
    assertThat(source.statusCode()).isEqualTo(200);
    assertThat(source.body()).isEqualTo(TestPlans.laoCaiLabour2022().bytes());
    assertThat(source.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"kh-tdkt-soldtbxh-2022.docx\"")
        .contains("filename*=UTF-8''kh-tdkt-soldtbxh-2022.docx");
    assertThat(source.headers().firstValue("Content-Type")).hasValue("application/json");

    assertProblem(http.get("/api/plans/0000000000000000"), 404);
    assertProblem(http.get("/api/plans/0000000000000000/source"), 404);
  }

  @Test
  void uploadNeedsTheKeyThenIndexesAndDeleteRemoves() throws Exception {
    List<Task> tasks = List.of(TestPlans.task("1", "II", "Tổ chức Hội nghị điển hình tiên tiến tỉnh Điện Biên năm 2025", List.of(TestPlans.SO_NOI_VU), List.of()));
    TestPlans.Fixture f =
        TestPlans.fixture("Kế hoạch Điện Biên 2025.docx", "07/KH-UBND", "Ủy ban nhân dân tỉnh Điện Biên", "Điện Biên", "Điện Biên",
            "2025-01-10", 2025, "Công tác thi đua năm 2025", tasks, List.of(), List.of());
    Http.NamedFile file = new Http.NamedFile(f.fileName(), f.bytes());

    assertProblem(http.upload("/api/plans", null, file), 401);
    assertProblem(http.upload("/api/plans", "wrong", file), 401);
    assertThat(http.upload("/api/plans", null, file).headers().firstValue("WWW-Authenticate")).isPresent();

    HttpResponse<byte[]> created = http.upload("/api/plans", KEY, file);
    assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
    JsonNode plans = json(created);
    assertThat(plans.isArray()).isTrue();
    String id = plans.get(0).get("id").asString();
    assertThat(id).isEqualTo(f.plan().id());
    assertThat(plans.get(0).get("tasks").get(0).get("quarter").asString()).isEqualTo("II");

    assertThat(json(http.get("/api/tasks?q=" + enc("hoi nghi dien hinh"))).get("total").asLong()).isEqualTo(1);
    HttpResponse<byte[]> source = http.get("/api/plans/" + id + "/source");
    assertThat(source.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"Ke hoach Dien Bien 2025.docx\"")
        .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%C4%90i%E1%BB%87n%20Bi%C3%AAn%202025.docx");

    // the same bytes again: nothing changes, the plan is answered again
    HttpResponse<byte[]> again = http.upload("/api/plans", KEY, file);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(json(again).get(0).get("id").asString()).isEqualTo(id);

    assertProblem(http.delete("/api/plans/" + id, null), 401);
    assertThat(http.delete("/api/plans/" + id, KEY).statusCode()).isEqualTo(204);
    assertProblem(http.get("/api/plans/" + id), 404);
    assertThat(json(http.get("/api/tasks?q=" + enc("hoi nghi dien hinh"))).get("total").asLong()).isZero();
    assertProblem(http.delete("/api/plans/" + id, KEY), 404);
  }

  @Test
  void anUnreadableFileIs422AndNothingIsIndexed() throws Exception {
    TestPlans.Fixture good = TestPlans.fixture("good.docx", "08/KH-UBND", "UBND tỉnh Điện Biên", "Điện Biên", "Điện Biên",
        "2025-02-01", 2025, "Kế hoạch chưa được lưu", List.of(), List.of(), List.of());
    HttpResponse<byte[]> response =
        http.upload("/api/plans", KEY,
            new Http.NamedFile(good.fileName(), good.bytes()),
            new Http.NamedFile("broken.docx", "PK\u0003\u0004 truncated".getBytes(StandardCharsets.UTF_8)));
    assertProblem(response, 422);
    JsonNode problem = json(response);
    assertThat(problem.get("detail").asString()).contains("broken.docx");
    assertThat(problem.get("reason").asString()).isNotBlank();
    assertThat(problem.get("failures").get(0).get("file").asString()).isEqualTo("broken.docx");
    assertProblem(http.get("/api/plans/" + good.plan().id()), 404);
  }

  @Test
  void anUploadOverTheLimitIs413() throws Exception {
    byte[] big = new byte[100 * 1024];
    assertProblem(http.upload("/api/plans", KEY, new Http.NamedFile("big.pdf", big)), 413);
  }

  @Test
  void csvHasABomQuotingAndTheSameFilters() throws Exception {
    HttpResponse<byte[]> response = http.get("/api/tasks.csv?q=" + enc("tổng kết") + "&province=" + enc("Lạng Sơn"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains(".csv");
    byte[] body = response.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines[0]).isEqualTo("taskId,planId,docNumber,issuer,province,year,quarter,text,lead,support");
    assertThat(lines).hasSize(2);
    assertThat(lines[1])
        .contains(",12/KH-UBND,Ủy ban nhân dân tỉnh Lạng Sơn,Lạng Sơn,2023,IV,")
        .contains("\"Tổng kết công tác thi đua, khen thưởng năm 2023; khen thưởng đột xuất & chuyên đề <theo đề nghị>\"")
        .endsWith(",\"Ban TĐKT, Sở Nội vụ\",");
  }

  @Test
  void openApiSwaggerUiAndHealth() throws Exception {
    HttpResponse<byte[]> docs = http.get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = json(docs).get("paths");
    assertThat(paths.propertyNames()).contains("/api/tasks", "/api/tasks.csv", "/api/plans", "/api/plans/{id}", "/api/plans/{id}/source");
    assertThat(paths.get("/api/tasks").get("get").get("parameters").toString()).contains("legalRef").contains("quarter");
    HttpResponse<byte[]> ui = http.get("/swagger-ui.html");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(text(ui)).contains("swagger-ui");
    HttpResponse<byte[]> health = http.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).get("status").asString()).isEqualTo("UP");
  }
}
