package org.thidua.api.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium driven by Playwright, with no browser download. Without a Chromium the browser tests skip
 * with a message, except when env {@code CI=true}, where they fail.
 */
final class Chromium implements AutoCloseable {
  /** Where Debian's {@code chromium} package puts the browser; the /usr/bin one is a wrapper script. */
  private static final List<String> CANDIDATES = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium");

  private static final List<String> ARGS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");

  final Playwright playwright;
  final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static Chromium launch() {
    Path executable = executable();
    if (executable != null && !Files.isExecutable(executable)) {
      unavailable("THIDUA_CHROMIUM=" + executable + " is not an executable file");
    }
    if (executable == null) {
      unavailable("no Chromium at " + CANDIDATES + " (install the Debian packages chromium and chromium-driver,"
          + " or set THIDUA_CHROMIUM)");
    }
    Playwright playwright = null;
    try {
      playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(executable)
          .setHeadless(true)
          .setArgs(ARGS));
      return new Chromium(playwright, browser);
    } catch (RuntimeException e) {
      if (playwright != null) {
        playwright.close();
      }
      if (ci()) {
        throw e;
      }
      unavailable("Chromium at " + executable + " did not start: " + e.getMessage());
      return null;
    }
  }

  private static Path executable() {
    String configured = System.getenv("THIDUA_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  }

  private static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static void unavailable(String why) {
    if (ci()) {
      throw new IllegalStateException("CI=true but the browser tests cannot run: " + why);
    }
    Assumptions.abort("browser tests skipped: " + why);
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
