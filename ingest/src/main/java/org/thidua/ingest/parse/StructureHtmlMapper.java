package org.thidua.ingest.parse;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's HTML mapping, plus what the document structure needs: bold ({@code <b>}, {@code <strong>}, for
 * headings), {@code <br>} as an element, and {@code colspan}/{@code rowspan} of table cells (Word's "save as
 * web page" tables are full of merged cells).
 */
final class StructureHtmlMapper implements HtmlMapper {

  static final StructureHtmlMapper INSTANCE = new StructureHtmlMapper();

  private static final Set<String> KEPT_ELEMENTS = Set.of("b", "strong", "br");
  private static final Set<String> SPANS = Set.of("colspan", "rowspan");

  private StructureHtmlMapper() {}

  @Override
  public String mapSafeElement(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return KEPT_ELEMENTS.contains(lower) ? lower : DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
  }

  @Override
  public boolean isDiscardElement(String name) {
    return DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
  }

  @Override
  public String mapSafeAttribute(String elementName, String attributeName) {
    String element = elementName.toLowerCase(Locale.ROOT);
    String attribute = attributeName.toLowerCase(Locale.ROOT);
    if ((element.equals("td") || element.equals("th")) && SPANS.contains(attribute)) {
      return attribute;
    }
    return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
  }
}
