package org.thidua.api.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The web UI in headless Chromium against a real server on a random port, over a fresh index loaded with the
 * bundled sample plans, read by the server's own extraction. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  static final String KEY = "browser-test-key";
  static final Path DATA;
  static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static {
    try {
      DATA = Files.createTempDirectory("thidua-browser-test");
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("thidua.index-dir", () -> DATA.resolve("index").toString());
    registry.add("thidua.samples-dir", SAMPLES::toString);
    registry.add("thidua.api-key", () -> KEY);
  }

  @LocalServerPort int port;
  Chromium chromium;
  BrowserContext context;
  Page page;
  final List<String> consoleErrors = new ArrayList<>();
  final ObjectMapper json = new ObjectMapper();

  /** Why the browser cannot run here, or null; each test then reports itself skipped with this message. */
  String unavailable;

  @BeforeAll
  void browser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    try {
      chromium = Chromium.launch();
    } catch (TestAbortedException e) {
      unavailable = e.getMessage();
    }
  }

  @AfterAll
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void newPage() {
    Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    consoleErrors.clear(); // one test instance for all tests (PER_CLASS): each test starts clean
    context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("vi-VN"));
    page = watch(context.newPage());
  }

  @AfterEach
  void closePage(TestInfo test) {
    if (context == null) {
      return;
    }
    if (page != null && !page.isClosed()) {
      shot(test.getTestMethod().orElseThrow().getName() + "-end");
    }
    context.close();
    context = null;
    page = null;
  }

  private Page watch(Page p) {
    p.onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        consoleErrors.add(m.text() + " @ " + m.location());
      }
    });
    p.onPageError(e -> consoleErrors.add("page error: " + e));
    return p;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void shot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private JsonNode api(String pathAndQuery) {
    APIResponse response = page.request().get(url(pathAndQuery));
    assertThat(response.status()).as(pathAndQuery).isEqualTo(200);
    return json.readTree(response.text());
  }

  /** The number in "Tìm thấy 13 nhiệm vụ…". */
  private long shownTotal() {
    Locator status = page.locator("#status");
    assertThat(status).containsText("Tìm thấy");
    Matcher m = Pattern.compile("Tìm thấy ([\\d.]+) nhiệm vụ").matcher(status.textContent());
    assertThat(m.find()).as(status.textContent()).isTrue();
    return Long.parseLong(m.group(1).replace(".", ""));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchWithoutDiacriticsShowsHighlightedResultsGroupedByPlan() {
    page.navigate(url("/"));
    page.getByLabel("Tìm nhiệm vụ trong mọi kế hoạch").fill("kiem tra");
    page.keyboard().press("Enter");
    page.waitForURL(u -> u.contains("q=kiem+tra"));
    long total = shownTotal();
    assertThat(total).isEqualTo(api("/api/tasks?q=" + enc("kiem tra")).get("total").asLong()).isPositive();

    Locator marks = page.locator(".hit mark");
    assertThat(marks.first()).isVisible();
    for (String mark : marks.allTextContents()) {
      assertThat(fold(mark)).as("highlighted word").containsAnyOf("kiem", "tra");
    }
    // hits come under the heading of their plan, which links to the plan page
    Locator groups = page.locator("article.plan-group");
    assertThat(groups.count()).isPositive();
    assertThat(groups.first().locator("h3 a").getAttribute("href")).matches("/plans/[0-9a-f]{16}");
    // the CSV link exports the same search
    assertThat(page.getByText("Tải CSV").getAttribute("href")).isEqualTo("/api/tasks.csv?q=kiem+tra");
    shot("search-kiem-tra");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void facetFilterUpdatesUrlAndCountsAndBackRestores() {
    page.navigate(url("/?q=" + enc("kiem tra")));
    long before = shownTotal();
    Locator province = page.locator("fieldset[data-facet=province] li").first();
    String value = province.locator(".v").textContent();
    long count = Long.parseLong(province.locator(".count").textContent().replace(".", ""));
    assertThat(count).isLessThan(before);

    province.locator("input").check();
    page.waitForURL(u -> u.contains("province=" + enc(value)));
    assertThat(page.locator("#status")).containsText("Tìm thấy " + count + " nhiệm vụ");
    assertThat(page.locator(".chips")).containsText(value);
    for (String meta : page.locator("article.plan-group .meta").allTextContents()) {
      assertThat(meta).contains(value);
    }
    // the other dimensions now count within the province
    JsonNode filtered = api("/api/tasks?q=" + enc("kiem tra") + "&province=" + enc(value));
    JsonNode year = filtered.get("facets").get("year").get(0);
    assertThat(page.locator("fieldset[data-facet=year] li").filter(new Locator.FilterOptions().setHasText(year.get("value").asString())).locator(".count"))
        .hasText(String.valueOf(year.get("count").asLong()));
    shot("search-filtered");

    page.goBack();
    page.waitForURL(u -> !u.contains("province="));
    assertThat(page.locator("#status")).containsText("Tìm thấy " + before + " nhiệm vụ");
    assertThat(page.locator("fieldset[data-facet=province] input:checked")).hasCount(0);
    page.goForward();
    assertThat(page.locator("#status")).containsText("Tìm thấy " + count + " nhiệm vụ");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void sharedUrlReopensTheSameSearch() {
    page.navigate(url("/?q=ki%E1%BB%83m+tra&quarter=III"));
    assertThat(page.locator("#q")).hasValue("kiểm tra");
    long total = shownTotal();
    // reported, not asserted: speed is for benchmarks, not for tests on a shared machine
    Object firstResults = page.evaluate("Math.round(performance.getEntriesByName('thidua:results')[0].startTime)");
    System.out.println("BrowserTest: first results drawn " + firstResults + " ms after navigation start");
    assertThat(total).isEqualTo(api("/api/tasks?q=" + enc("kiểm tra") + "&quarter=III").get("total").asLong()).isPositive();
    assertThat(page.locator("fieldset[data-facet=quarter] input:checked")).hasCount(1);
    for (String quarter : page.locator(".hit .badge.quarter").allTextContents()) {
      assertThat(quarter).isEqualTo("Quý III");
    }
    assertThat(page.getByText("Tải CSV").getAttribute("href")).isEqualTo("/api/tasks.csv?q=ki%E1%BB%83m+tra&quarter=III");
    shot("search-shared-url");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void openPlanFromResult() {
    page.navigate(url("/?q=" + enc("tổng kết")));
    Locator first = page.locator("article.plan-group h3 a").first();
    String number = first.textContent();
    first.click();
    page.waitForURL(u -> u.matches(".*/plans/[0-9a-f]{16}$"));
    String id = page.url().substring(page.url().lastIndexOf('/') + 1);
    JsonNode plan = api("/api/plans/" + id);
    assertThat(number).contains(plan.get("docNumber").asString());
    assertThat(page.locator("h1")).containsText(plan.get("docNumber").asString());
    assertThat(page.locator(".identity")).containsText(plan.get("issuer").asString());
    assertThat(page.locator("#tasks-h")).containsText("(" + plan.get("tasks").size() + ")");
    assertThat(page.locator(".quarter-block .tasks li")).hasCount(plan.get("tasks").size());
    assertThat(page.locator("#refs-h")).containsText("(" + plan.get("legalRefs").size() + ")");
    // the original file downloads
    String source = page.locator(".identity a[href$='/source']").getAttribute("href");
    assertThat(page.request().get(url(source)).status()).isEqualTo(200);
    // gaps: shown, or said to be unavailable, never a broken page
    assertThat(page.locator("#gaps .notice, #gaps .gap-list, #gaps .gap-kind").first()).isVisible();
    shot("plan-page");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void planPageMarksOutdatedCitationsWithTheirReplacement() {
    // a plan citing a replaced document (the samples include plans that still cite 91/2017/NĐ-CP)
    JsonNode plans = api("/api/plans?legalRef=" + enc("91/2017/NĐ-CP"));
    assertThat(plans.get("total").asLong()).isPositive();
    String id = plans.get("hits").get(0).get("planId").asString();
    JsonNode plan = api("/api/plans/" + id);
    JsonNode outdated = null;
    for (JsonNode ref : plan.get("legalRefs")) {
      if (ref.has("replacedBy") && !"in_force".equals(ref.path("status").asString())) {
        outdated = ref;
        break;
      }
    }
    assertThat(outdated).as("a cited document with a replacement").isNotNull();
    page.navigate(url("/plans/" + id));
    Locator row = page.locator("tr.outdated").filter(new Locator.FilterOptions().setHasText(outdated.get("id").asString())).first();
    assertThat(row).isVisible();
    assertThat(row).containsText(outdated.get("replacedBy").asString());
    assertThat(row.locator(".badge")).hasText(java.util.regex.Pattern.compile("Hết hiệu lực|Đã bị thay thế"));
    shot("plan-outdated-citations");
  }

  @Test
  void dashboardDrawsChartsWithoutConsoleErrors() {
    page.navigate(url("/dashboard"));
    assertThat(page.locator("main[data-ready=true]")).hasCount(1);
    // plans by province and year, tasks by quarter, and cited documents are always drawn
    for (String chart : List.of("plans", "quarters", "docs")) {
      assertThat(page.locator("[data-chart=" + chart + "] canvas").first()).isVisible();
    }
    long plans = api("/api/plans?size=1").get("total").asLong();
    assertThat(page.locator("[data-chart=plans]")).containsText(plans + " kế hoạch");
    // the figures are also a table
    Locator table = page.locator("[data-chart=quarters] details");
    table.locator("summary").click();
    assertThat(table.locator("tbody tr").first()).isVisible();
    // citations by province and year, and the outdated citations, from the analytics endpoints
    assertThat(page.locator("[data-chart=ref-province] canvas").first()).isVisible();
    assertThat(page.locator("[data-chart=ref-year] canvas").first()).isVisible();
    JsonNode outdated = api("/api/legal-refs/outdated");
    assertThat(page.locator("#outdated tbody tr")).hasCount(outdated.size());
    if (!outdated.isEmpty()) {
      assertThat(page.locator("#outdated tbody tr").first()).containsText(outdated.get(0).get("replacedBy").asString());
    }
    shot("dashboard");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void overlapsPageShowsTheClustersOfTheApi() {
    JsonNode overlaps = api("/api/overlaps?size=20");
    page.navigate(url("/overlaps"));
    assertThat(page.locator("main[data-ready=true]")).hasCount(1);
    assertThat(page.locator("[role=status]")).containsText(overlaps.get("total").asLong() + " nhóm trùng lặp");
    Locator clusters = page.locator("article.cluster");
    assertThat(clusters).hasCount(overlaps.get("clusters").size());
    JsonNode first = overlaps.get("clusters").get(0);
    assertThat(clusters.first().locator("h2")).containsText(first.get("representative").asString());
    assertThat(clusters.first().locator("tbody tr")).hasCount(first.get("members").size());
    assertThat(page.locator("header nav a[aria-current=page]")).hasAttribute("href", "/overlaps");
    shot("overlaps");

    // a filter is a link: the form's values go into the URL and come back filled in
    String province = first.get("members").get(0).get("province").asString();
    page.locator("#flt-province").selectOption(province);
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
    page.waitForURL(u -> u.contains("province="));
    assertThat(page.locator("main[data-ready=true]")).hasCount(1);
    assertThat(page.locator("#flt-province")).hasValue(province);
    long filtered = api("/api/overlaps?size=20&province=" + enc(province)).get("total").asLong();
    assertThat(page.locator("[role=status]")).containsText(filtered == 0 ? "Không có nhóm" : filtered + " nhóm trùng lặp");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void gapsPageAndPlanLinksBothWays() {
    JsonNode gaps = api("/api/gaps");
    page.navigate(url("/gaps"));
    assertThat(page.locator("main[data-ready=true]")).hasCount(1);
    assertThat(page.locator("#byplan-h + .table-wrap tbody tr")).hasCount(gaps.get("byPlan").size());
    shot("gaps");

    // a provincial plan with the department plans that implement it
    JsonNode parent = gaps.get("byPlan").valueStream()
        .filter(line -> line.get("children").asInt() > 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no plan with child plans in the samples"));
    page.navigate(url("/plans/" + parent.get("planId").asString()));
    Locator children = page.locator("#related li a");
    assertThat(children).hasCount(parent.get("children").asInt());
    children.first().click();
    page.waitForURL(u -> !u.endsWith(parent.get("planId").asString()));
    // the child names its parent, and lists what it may have left out
    assertThat(page.locator("#related")).containsText(parent.get("docNumber").asString());
    assertThat(page.locator("#related a[href='/plans/" + parent.get("planId").asString() + "']")).hasCount(1);
    String childId = page.url().substring(page.url().lastIndexOf('/') + 1);
    JsonNode childGaps = api("/api/plans/" + childId + "/gaps");
    assertThat(page.locator("#gaps-h")).containsText("(" + childGaps.get("missing").size() + ")");
    assertThat(page.locator("#gaps .gap-list li")).hasCount(childGaps.get("missing").size());
    shot("plan-child-with-gaps");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void keyboardOnly() {
    page.navigate(url("/"));
    page.keyboard().press("Tab");
    assertThat(page.locator(".skip")).isFocused();
    page.keyboard().press("Enter");
    // to the search box with Tab, type, Enter
    for (int i = 0; i < 15 && !"q".equals(page.evaluate("document.activeElement.id")); i++) {
      page.keyboard().press("Tab");
    }
    assertThat(page.locator("#q")).isFocused();
    page.keyboard().type("kiem tra");
    page.keyboard().press("Enter");
    page.waitForURL(u -> u.contains("q=kiem+tra"));
    shownTotal();
    // on to the first facet box, tick it with the space bar
    for (int i = 0; i < 10 && !"checkbox".equals(page.evaluate("document.activeElement.type")); i++) {
      page.keyboard().press("Tab");
    }
    assertThat(page.locator("fieldset[data-facet=province] input").first()).isFocused();
    page.keyboard().press("Space");
    page.waitForURL(u -> u.contains("province="));
    // focus is visible: the focused element has an outline
    Object outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
    assertThat(outline).isNotEqualTo("none");
    shot("keyboard");
  }

  @Test
  void phoneViewport() {
    BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("vi-VN"));
    try {
      Page p = watch(phone.newPage());
      p.navigate(url("/?q=" + enc("kiem tra")));
      assertThat(p.locator(".hit mark").first()).isVisible();
      assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
      // the results come before the facets on a narrow screen
      double results = ((Number) p.evaluate("document.querySelector('.results').getBoundingClientRect().top")).doubleValue();
      double facets = ((Number) p.evaluate("document.querySelector('.facets').getBoundingClientRect().top")).doubleValue();
      assertThat(results).isLessThan(facets);
      p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-search.png")));
      p.locator("article.plan-group h3 a").first().click();
      p.waitForURL(u -> u.contains("/plans/"));
      assertThat(p.locator(".identity")).isVisible();
      assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
      p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-plan.png")));
      p.navigate(url("/dashboard"));
      assertThat(p.locator("main[data-ready=true]")).hasCount(1);
      assertThat(p.locator("[data-chart=plans] canvas").first()).isVisible();
      p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-dashboard.png")).setFullPage(true));
    } finally {
      phone.close();
    }
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void highlightsAndApiTextStayText() {
    page.navigate(url("/"));
    page.waitForLoadState(LoadState.NETWORKIDLE);
    // the API escapes text and marks matches; even markup it failed to escape must not become elements
    Object html = page.evaluate("""
        async () => {
          const {marked} = await import('/ui/dom.js');
          const div = document.createElement('div');
          div.appendChild(marked('a &lt;b&gt; &amp; <mark>kiểm tra</mark> <img src=x onerror="window.pwned=1">'));
          return {html: div.innerHTML, text: div.textContent, marks: div.querySelectorAll('mark').length,
                  imgs: div.querySelectorAll('img').length};
        }""");
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> r = (java.util.Map<String, Object>) html;
    assertThat(r.get("marks")).isEqualTo(1);
    assertThat(r.get("imgs")).isEqualTo(0);
    assertThat((String) r.get("text")).startsWith("a <b> & kiểm tra <img");
    assertThat(page.evaluate("window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void uploadShowsEachFileResultAndErrors() throws IOException {
    page.navigate(url("/upload"));
    Path sample;
    try (var files = Files.list(SAMPLES)) {
      sample = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    byte[] broken = "%PDF-1.4 this is not really a PDF".getBytes(StandardCharsets.US_ASCII);

    // a wrong key: said so, nothing else tried
    page.getByLabel("Khoá API").fill("wrong-key");
    page.getByLabel("Tệp kế hoạch").setInputFiles(new FilePayload[] {
        new FilePayload(sample.getFileName().toString(), "text/plain", Files.readAllBytes(sample))});
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
    assertThat(page.locator(".upload-results li")).containsText("khoá API không đúng");

    page.getByLabel("Khoá API").fill(KEY);
    page.getByLabel("Tệp kế hoạch").setInputFiles(new FilePayload[] {
        new FilePayload(sample.getFileName().toString(), "text/plain", Files.readAllBytes(sample)),
        new FilePayload("broken.pdf", "application/pdf", broken)});
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
    assertThat(page.locator("[role=status]")).containsText("Xong: 1/2");
    Locator items = page.locator(".upload-results li");
    assertThat(items).hasCount(2);
    assertThat(items.nth(0).locator(".ok")).isVisible();
    assertThat(items.nth(0).locator("a")).hasAttribute("href", Pattern.compile("/plans/[0-9a-f]{16}"));
    assertThat(items.nth(1).locator(".fail")).isVisible();
    assertThat(items.nth(1)).containsText("không đọc được tệp");
    shot("upload");
  }
}
