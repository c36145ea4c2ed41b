package org.thidua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thidua.ingest.index.TestPlans;
import tools.jackson.databind.JsonNode;

/** A server without an API key accepts no writes, whatever key is sent, and says why; reading still works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WritesDisabledTest {
  static final Path DATA;

  static {
    try {
      DATA = Files.createTempDirectory("thidua-api-nokey");
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("thidua.index-dir", () -> DATA.resolve("index").toString());
    registry.add("thidua.samples-dir", () -> DATA.resolve("no-samples").toString());
  }

  @LocalServerPort int port;

  @Test
  void writesAreRefusedWith403() throws Exception {
    Http http = new Http(port);
    TestPlans.Fixture f = TestPlans.haTinh2024();
    var response = http.upload("/api/plans", "anything", new Http.NamedFile(f.fileName(), f.bytes()));
    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode problem = Http.json(response);
    assertThat(problem.get("detail").asString()).contains("thidua.api-key");
    assertThat(http.delete("/api/plans/" + f.plan().id(), "anything").statusCode()).isEqualTo(403);
    // an empty index without samples still answers searches
    JsonNode tasks = Http.json(http.get("/api/tasks?q=x"));
    assertThat(tasks.get("total").asLong()).isZero();
  }
}
