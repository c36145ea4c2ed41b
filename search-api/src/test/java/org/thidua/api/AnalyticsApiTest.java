package org.thidua.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.api.Http.enc;
import static org.thidua.api.Http.json;
import static org.thidua.api.Http.text;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thidua.ingest.index.TestAnalyzers;
import org.thidua.schema.SchemaAnalyzers;
import tools.jackson.databind.JsonNode;

/**
 * The analytics endpoints over HTTP: a real server on a random port, whose index is loaded on first start with the
 * bundled samples (samples/), read by the real extraction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AnalyticsApiTest.RealExtraction.class)
class AnalyticsApiTest {
  static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");
  static final Path DATA;

  static {
    try {
      DATA = Files.createTempDirectory("thidua-analytics-api");
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class RealExtraction {
    @Bean
    SchemaAnalyzers schemaAnalyzers() {
      return TestAnalyzers.create();
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("thidua.index-dir", () -> DATA.resolve("index").toString());
    registry.add("thidua.samples-dir", SAMPLES::toString);
  }

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<byte[]> r = http.get(path);
    assertThat(r.statusCode()).as(path + " " + text(r)).isEqualTo(200);
    return json(r);
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asString()));
    return out;
  }

  private String planId(String docNumber) throws Exception {
    JsonNode plans = get("/api/plans?size=100");
    for (JsonNode hit : plans.get("hits")) {
      if (docNumber.equals(hit.path("docNumber").asString())) {
        return hit.get("planId").asString();
      }
    }
    throw new AssertionError("no plan " + docNumber);
  }

  @Test
  void documentSymbolsTypedInTheSearchBox() throws Exception {
    String decree = enc("91/2017/NĐ-CP");
    JsonNode plans2024 = get("/api/plans?q=" + decree + "&year=2024&size=100");
    assertThat(values(plans2024.get("hits"), "docNumber")).contains("09/KH-LĐLĐ");
    JsonNode tasks2024 = get("/api/tasks?q=" + decree + "&year=2024&size=100");
    assertThat(tasks2024.get("total").asLong()).isPositive();
    assertThat(values(tasks2024.get("hits"), "docNumber")).contains("09/KH-LĐLĐ");
    assertThat(values(tasks2024.get("hits"), "year")).containsOnly("2024");
    // the same answer as the legalRef filter alone
    assertThat(tasks2024.get("total").asLong())
        .isEqualTo(get("/api/tasks?legalRef=" + decree + "&year=2024").get("total").asLong());

    assertThat(values(get("/api/plans?q=" + enc("186/KH-SYT")).get("hits"), "docNumber")).containsExactly("186/KH-SYT");
    assertThat(get("/api/plans?q=" + enc("999/2019/NĐ-CP")).get("total").asLong()).isZero();
    assertThat(get("/api/tasks?q=" + enc("999/2019/NĐ-CP")).get("total").asLong()).isZero();
  }

  @Test
  void legalRefsAndOutdatedCitations() throws Exception {
    JsonNode rows = get("/api/legal-refs");
    JsonNode decree = null;
    for (JsonNode row : rows) {
      if (row.get("id").asString().equals("91/2017/NĐ-CP")) {
        decree = row;
      }
      for (String field : List.of("id", "type", "title", "status", "citations", "plans", "byProvince", "byYear")) {
        assertThat(row.has(field)).as(field).isTrue();
      }
    }
    assertThat(decree).isNotNull();
    assertThat(decree.get("replacedBy").asString()).isEqualTo("98/2023/NĐ-CP");
    assertThat(values(rows, "status")).contains("unknown", "in_force", "expired");

    JsonNode yenBai2024 = get("/api/legal-refs?province=" + enc("Yên Bái") + "&year=2024");
    assertThat(values(yenBai2024, "id")).contains("06/2022/QH15").doesNotContain("152/2025/NĐ-CP");

    JsonNode outdated = get("/api/legal-refs/outdated");
    assertThat(values(outdated, "docNumber")).contains("09/KH-LĐLĐ", "1204/KH-SYT").doesNotContain("15/KH-UBND", "112/KH-UBND");
    JsonNode first = outdated.get(0);
    for (String field : List.of("planId", "docNumber", "issuer", "province", "date", "refId", "replacedBy")) {
      assertThat(first.has(field)).as(field).isTrue();
    }

    HttpResponse<byte[]> csv = http.get("/api/legal-refs/outdated.csv");
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String body = text(csv);
    assertThat(body).startsWith("\uFEFFplanId,docNumber,issuer").contains("09/KH-LĐLĐ").contains("98/2023/NĐ-CP");
    assertThat(body.split("\r\n")).hasSize(outdated.size() + 1);
    assertThat(text(http.get("/api/legal-refs.csv"))).startsWith("\uFEFFid,type,title,status").contains("91/2017/NĐ-CP");
  }

  @Test
  void gapsOfTheDepartmentPlanThatLeavesOutTasks() throws Exception {
    String health = planId("186/KH-SYT");
    JsonNode gaps = get("/api/plans/" + health + "/gaps");
    assertThat(gaps.get("parent").get("docNumber").asString()).isEqualTo("12/KH-UBND");
    List<String> parentTexts = new ArrayList<>();
    for (JsonNode g : gaps.get("missing")) {
      assertThat(g.get("kind").asString()).isIn("parent", "checklist", "deadline");
      if (g.get("kind").asString().equals("parent")) {
        parentTexts.add(g.get("text").asString());
        assertThat(g.has("expectedQuarter")).isTrue();
        assertThat(g.has("unit")).isTrue();
      }
    }
    assertThat(parentTexts).anyMatch(t -> t.contains("giao ước thi đua")).anyMatch(t -> t.startsWith("Tự kiểm tra"));

    JsonNode province = get("/api/plans/" + planId("12/KH-UBND"));
    assertThat(province.get("docNumber").asString()).isEqualTo("12/KH-UBND");
    assertThat(values(province.get("children"), "docNumber")).containsExactlyInAnyOrder("25/KH-SGDĐT", "186/KH-SYT", "38/KH-UBND");
    assertThat(province.get("parent").isNull()).isTrue();
    assertThat(get("/api/plans/" + health).get("parent").get("docNumber").asString()).isEqualTo("12/KH-UBND");

    JsonNode summary = get("/api/gaps?province=" + enc("Hà Giang") + "&year=2023");
    assertThat(summary.get("plans").asInt()).isEqualTo(4);
    assertThat(summary.get("totals").get("parent").asInt()).isPositive();
    String csv = text(http.get("/api/gaps.csv?province=" + enc("Hà Giang")));
    assertThat(csv).startsWith("\uFEFFplanId,docNumber").contains("186/KH-SYT").contains(",parent,");

    HttpResponse<byte[]> missing = http.get("/api/plans/doesnotexist/gaps");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(http.get("/api/gaps?year=20x3").statusCode()).isEqualTo(400);
  }

  @Test
  void overlapsClusterParaphrasesAndFlagDoubleAssignments() throws Exception {
    JsonNode result = get("/api/overlaps?size=100");
    assertThat(result.get("total").asInt()).isPositive();
    JsonNode guidance = null;
    boolean doubled = false;
    for (JsonNode c : result.get("clusters")) {
      List<String> texts = values(c.get("members"), "text");
      if (texts.stream().anyMatch(t -> t.startsWith("Hướng dẫn tổng kết công tác TĐKT năm 2023"))) {
        guidance = c;
      }
      for (JsonNode d : c.get("doubleAssignments")) {
        doubled |= d.get("docNumber").asString().equals("1204/KH-SYT");
      }
    }
    assertThat(guidance).isNotNull();
    assertThat(values(guidance.get("members"), "text")).anyMatch(t -> t.startsWith("Hướng dẫn tổng kết công tác thi đua, khen thưởng năm"));
    JsonNode member = guidance.get("members").get(0);
    for (String field : List.of("taskId", "planId", "docNumber", "issuer", "province", "quarter", "text", "lead", "similarity")) {
      assertThat(member.has(field)).as(field).isTrue();
    }
    assertThat(doubled).isTrue();

    // filtered like /api/tasks: only Yên Bái's tasks
    JsonNode yenBai = get("/api/overlaps?province=" + enc("Yên Bái") + "&size=100");
    yenBai.get("clusters").forEach(c -> assertThat(values(c.get("members"), "province")).containsOnly("Yên Bái"));
    // a stricter similarity finds no more clusters
    assertThat(get("/api/overlaps?minSimilarity=0.9&size=100").get("total").asInt()).isLessThanOrEqualTo(result.get("total").asInt());
    assertThat(http.get("/api/overlaps?minSimilarity=2").statusCode()).isEqualTo(400);
    assertThat(text(http.get("/api/overlaps.csv"))).startsWith("\uFEFFcluster,representative,taskId").contains("Hướng dẫn tổng kết");
  }
}
