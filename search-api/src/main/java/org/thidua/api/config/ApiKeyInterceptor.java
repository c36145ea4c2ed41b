package org.thidua.api.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.thidua.api.error.ApiKeyException;

/**
 * Checks {@code X-API-Key} before an endpoint marked {@link RequiresApiKey} runs (and, with lazy multipart
 * resolution, before an upload is read). Without a configured key such endpoints are disabled.
 */
final class ApiKeyInterceptor implements HandlerInterceptor {
  private final ThiduaProperties properties;

  ApiKeyInterceptor(ThiduaProperties properties) {
    this.properties = properties;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(RequiresApiKey.class)) {
      return true;
    }
    if (!properties.hasApiKey()) {
      throw ApiKeyException.writesDisabled();
    }
    String given = request.getHeader(RequiresApiKey.HEADER);
    if (given == null || given.isEmpty()) {
      throw ApiKeyException.missing();
    }
    // constant time, so the key cannot be guessed from response times
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), properties.apiKey().getBytes(StandardCharsets.UTF_8))) {
      throw ApiKeyException.wrong();
    }
    return true;
  }
}
