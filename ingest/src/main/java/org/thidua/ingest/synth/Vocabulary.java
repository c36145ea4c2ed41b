package org.thidua.ingest.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The word lists the generator draws from, read once from this package's resources. */
final class Vocabulary {

  record Province(String name, String current, List<String> districts) {}

  record Agency(
      String key,
      boolean district,
      List<String> letterhead,
      String symbol,
      String citeName,
      String authority,
      String role,
      List<String> leads,
      List<String> addressed,
      String reportTo) {}

  record Legal(String group, String id, LocalDate from, LocalDate to, String citation) {
    boolean inForceOn(LocalDate d) {
      return !d.isBefore(from) && !d.isAfter(to);
    }
  }

  record TaskTemplate(String quarter, String kind, boolean core, List<String> variants) {}

  final List<Province> provinces = new ArrayList<>();
  final List<Agency> agencies = new ArrayList<>();
  final List<Legal> legal = new ArrayList<>();
  final List<TaskTemplate> tasks = new ArrayList<>();
  final List<String> movements;
  final Map<String, List<String>> sentences = new LinkedHashMap<>();
  final List<List<String>> names = new ArrayList<>();

  private static final Vocabulary INSTANCE = new Vocabulary();

  static Vocabulary get() {
    return INSTANCE;
  }

  private Vocabulary() {
    for (String[] f : rows("provinces.tsv", 3)) {
      provinces.add(new Province(f[0], f[1], List.of(f[2].split(","))));
    }
    for (String[] f : rows("agencies.tsv", 11)) {
      agencies.add(
          new Agency(
              f[0], f[1].equals("district"), bar(f[2]), f[3], f[4], f[5], f[6], bar(f[7]), bar(f[8]), f[10]));
    }
    for (String[] f : rows("legal.tsv", 5)) {
      legal.add(new Legal(f[0], f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3]), f[4]));
    }
    for (String[] f : rows("tasks.tsv", 4)) {
      tasks.add(new TaskTemplate(f[0], f[1], f[2].equals("1"), List.of(f[3].split(" \\| "))));
    }
    movements = lines("movements.txt");
    for (String[] f : rows("sentences.tsv", 2)) {
      sentences.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
    }
    for (String line : lines("names.txt")) {
      names.add(List.of(line.split(",")));
    }
    if (names.size() != 3) {
      throw new IllegalStateException("names.txt needs three lines: family, middle and given names");
    }
  }

  private static List<String> bar(String s) {
    return Arrays.stream(s.split("\\|")).map(String::strip).toList();
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] f = line.split("\t");
      if (f.length != columns) {
        throw new IllegalStateException(
            resource + ": expected " + columns + " tab-separated columns, got " + f.length + ": " + line);
      }
      out.add(f);
    }
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/thidua/ingest/synth/" + resource);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.strip());
          }
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
