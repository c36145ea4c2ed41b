package org.thidua.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web UI's routes. Every page is the same shell ({@code static/app.html}); its script reads the path and draws
 * the page, so each route can be bookmarked and reloaded.
 */
@Controller
public class PageController {
  static final String SHELL = "forward:/app.html";

  @GetMapping({"/", "/dashboard", "/overlaps", "/gaps", "/upload"})
  public String page() {
    return SHELL;
  }

  @GetMapping("/plans/{id}")
  public String plan() {
    return SHELL;
  }
}
