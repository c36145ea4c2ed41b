package org.thidua.ingest.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Original files kept by their SHA-256 ({@code <index-dir>/files/<sha256>}), so that the same bytes are stored once
 * and a plan's source can be served after the file it came from has moved. Name and media type are kept in the
 * index with the plan. Writes go through a temporary file and an atomic rename: a file either is there whole or
 * not at all.
 */
final class SourceFileStore {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path dir;

  SourceFileStore(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  Path dir() {
    return dir;
  }

  /** Where the file of {@code sha256} is (or would be). */
  Path path(String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return dir.resolve(sha256);
  }

  boolean contains(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  void put(String sha256, byte[] bytes) throws IOException {
    Path target = path(sha256);
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
      return;
    }
    Path tmp = Files.createTempFile(dir, "incoming-", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        out.write(java.nio.ByteBuffer.wrap(bytes));
        out.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  void delete(String sha256) throws IOException {
    Files.deleteIfExists(path(sha256));
  }

  /**
   * Removes every file whose hash is not in {@code keep}, and leftovers of interrupted writes: files of plans that
   * were added but never committed before a crash.
   *
   * @return how many files were removed
   */
  int retainOnly(Set<String> keep) throws IOException {
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!keep.contains(name) && Files.isRegularFile(entry)) {
          Files.delete(entry);
          removed++;
        }
      }
    }
    return removed;
  }
}
