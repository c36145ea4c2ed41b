package org.thidua.dictionary;

import java.util.function.Supplier;

/**
 * A value built once, on first use, and shared by every thread: how the bundled dictionaries are loaded. A build
 * that fails is tried again on the next call.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> build;
  private volatile T value;

  Lazy(Supplier<T> build) {
    this.build = build;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = value = build.get();
        }
      }
    }
    return v;
  }
}
