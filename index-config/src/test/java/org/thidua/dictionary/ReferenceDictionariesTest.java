package org.thidua.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generated dictionary resources match what the generator makes from shared/reference today. */
class ReferenceDictionariesTest {

  @Test
  void legalRegistryResourceIsUpToDate() throws IOException {
    String expected = ReferenceDictionaryGenerator.legalRegistry(SharedReference.dir());
    assertThat(resource(LegalRegistry.RESOURCE))
        .as("legal-registry.json is stale: re-run ReferenceDictionaryGenerator")
        .isEqualTo(expected);
  }

  @Test
  void provincesResourceIsUpToDate() throws IOException {
    String expected = ReferenceDictionaryGenerator.provinces(SharedReference.dir());
    assertThat(resource(Provinces.RESOURCE))
        .as("provinces.json is stale: re-run ReferenceDictionaryGenerator")
        .isEqualTo(expected);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LegalRegistry.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
