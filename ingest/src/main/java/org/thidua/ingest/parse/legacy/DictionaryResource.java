package org.thidua.ingest.parse.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the legacy-encoding dictionaries shipped in index-config (UTF-8, '#' comments, blank lines). */
final class DictionaryResource {

  static final String FOLDER = "/org/thidua/dictionary/legacy/";

  private DictionaryResource() {}

  /** The meaningful lines of a dictionary file, trimmed, comments and blank lines dropped. */
  static List<String> lines(String name) {
    String path = FOLDER + name;
    InputStream in = DictionaryResource.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("dictionary " + path + " is missing from the class path (index-config)");
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + path, e);
    }
    return lines;
  }

  /** A byte sequence written as space-separated hex ("6F E2"), turned into the windows-1252 characters. */
  static String windows1252(String hexBytes) {
    String[] parts = hexBytes.trim().split("\\s+");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return new String(bytes, Windows1252.CHARSET);
  }
}
