package org.thidua.api.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds {@link SearchParams} from the query string. Spring's default binding splits a single value at commas into
 * a list, which would break names such as "Ban TĐKT, Sở Nội vụ"; here each parameter occurrence is one value.
 */
public final class SearchParamsResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == SearchParams.class;
  }

  @Override
  public SearchParams resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    return new SearchParams(
        request.getParameter("q"),
        values(request, "province"),
        values(request, "issuer"),
        values(request, "year"),
        values(request, "quarter"),
        values(request, "unit"),
        values(request, "legalRef"),
        number(request, "page"),
        number(request, "size"));
  }

  private static List<String> values(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? List.of() : Arrays.asList(values);
  }

  private static Integer number(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was \"" + value + "\"");
    }
  }
}
