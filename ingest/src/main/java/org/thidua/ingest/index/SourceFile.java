package org.thidua.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file to ingest and the source key it is known by.
 *
 * @param path where to read it
 * @param source its identity across runs: a later file from the same source replaces its plan
 */
public record SourceFile(Path path, String source) {

  /** A file on disk, known by its absolute, normalised path. */
  public static SourceFile of(Path path) {
    return new SourceFile(path, path.toAbsolutePath().normalize().toString());
  }

  /**
   * Files named directly and every regular file under the folders named, recursively, in name order; hidden files
   * (names starting with a dot) inside folders are skipped.
   *
   * @throws NoSuchFileException when a named path does not exist
   */
  public static List<SourceFile> collect(List<Path> paths) throws IOException {
    List<SourceFile> out = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !isHidden(path, p))
              .sorted(Comparator.comparing(Path::toString))
              .forEach(p -> out.add(of(p)));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else if (Files.exists(path)) {
        out.add(of(path));
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or folder");
      }
    }
    return out;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
