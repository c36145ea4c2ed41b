package org.thidua.ingest.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output and error go to a person at a terminal (progress bars, colours) or to a file. */
final class Terminal {
  private Terminal() {}

  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // JDK 22+: System.console() exists even when redirected; isTerminal() tells the difference
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}
