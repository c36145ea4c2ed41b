package org.thidua.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.parse.Seeds;
import org.thidua.ingest.plan.Plan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The four seed plans, read end to end ({@link PlanReader}: parse, recover tables, extract), against
 * expectations written by reading each seed ({@code src/test/resources/golden}). Every field is compared and
 * every difference reported at once.
 */
class SeedGoldenTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static PlanReader reader;

  @BeforeAll
  static void open() {
    reader = new PlanReader();
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_604d1ccd06bf0239", "001_3f844f7adcbc1cfa", "002_7c0311871a186d55", "003_56f74250cb69589b"})
  void seedMatchesGolden(String seed) throws Exception {
    Plan plan = reader.read(Seeds.seed(seed));
    JsonNode actual = JSON.valueToTree(plan);
    JsonNode golden = golden(seed);
    List<String> diffs = new ArrayList<>();

    JsonNode identity = golden.get("identity");
    for (String field : identity.propertyNames()) {
      compare(diffs, field, identity.get(field), actual.get(field));
    }
    compare(diffs, "parentRefs", golden.get("parentRefs"), actual.get("parentRefs"));

    compareList(diffs, "tasks", golden.get("tasks"), actual.get("tasks"), List.of("no", "quarter", "text", "lead", "support"),
        t -> "[" + t.path("no").asString("") + "] " + abbreviate(t.path("text").asString("")));
    compareList(diffs, "legalRefs", golden.get("legalRefs"), actual.get("legalRefs"),
        List.of("id", "type", "number", "year", "date", "issuer", "status", "replacedBy"), r -> r.path("id").asString(""));
    compareList(diffs, "obligations", golden.get("obligations"), actual.get("obligations"),
        List.of("unit", "text", "deadline"), o -> abbreviate(o.path("text").asString("")));

    List<String> movements = new ArrayList<>();
    actual.path("movements").forEach(m -> movements.add(m.path("name").asString()));
    List<String> expectedMovements = new ArrayList<>();
    golden.get("movements").forEach(m -> expectedMovements.add(m.asString()));
    if (!movements.equals(expectedMovements)) {
      diffs.add("movements: expected " + expectedMovements + "\n    but got " + movements);
    }
    compare(diffs, "periods", golden.get("periods"), actual.get("periods"));
    compare(diffs, "targets", golden.get("targets"), actual.get("targets"));

    assertThat(diffs).as("differences from golden/%s.json", seed).isEmpty();
    assertThat(plan.id()).isEqualTo(plan.sha256().substring(0, 16));
    assertThat(plan.file()).isEqualTo(seed + ".txt");
  }

  private static JsonNode golden(String seed) throws IOException {
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/golden/" + seed + ".json")) {
      Objects.requireNonNull(in, "golden file for " + seed);
      return JSON.readTree(in);
    }
  }

  private static boolean isNull(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  private static void compare(List<String> diffs, String where, JsonNode expected, JsonNode actual) {
    if (isNull(expected) && isNull(actual)) {
      return;
    }
    if (isNull(expected) || isNull(actual) || !withoutNulls(expected).equals(withoutNulls(actual))) {
      diffs.add(where + ": expected " + expected + "\n    but got " + actual);
    }
  }

  /** A copy without null-valued properties: a null in a golden file means "absent" in the output. */
  private static JsonNode withoutNulls(JsonNode n) {
    if (n.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      for (var e : n.properties()) {
        if (!e.getValue().isNull()) {
          copy.set(e.getKey(), withoutNulls(e.getValue()));
        }
      }
      return copy;
    }
    if (n.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      n.forEach(x -> copy.add(withoutNulls(x)));
      return copy;
    }
    return n;
  }

  private interface Label {
    String of(JsonNode item);
  }

  private static void compareList(List<String> diffs, String name, JsonNode expected, JsonNode actual,
      List<String> fields, Label label) {
    int e = expected == null ? 0 : expected.size();
    int a = actual == null ? 0 : actual.size();
    if (e != a) {
      diffs.add(name + ": expected " + e + " items but got " + a);
    }
    for (int i = 0; i < Math.max(e, a); i++) {
      JsonNode x = i < e ? expected.get(i) : null;
      JsonNode y = i < a ? actual.get(i) : null;
      if (x == null || y == null) {
        diffs.add(name + "[" + i + "]: " + (x == null ? "unexpected " + label.of(y) : "missing " + label.of(x)));
        continue;
      }
      for (String f : fields) {
        compare(diffs, name + "[" + i + "] " + label.of(x) + " ." + f, x.get(f), y.get(f));
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 50) + "…";
  }
}
