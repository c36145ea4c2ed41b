package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextDecoderTest {

  private static final String TEXT = Fixtures.planText();

  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextDecoder.decode(plain).text()).isEqualTo(TEXT);
    assertThat(PlainTextDecoder.decode(plain).charset()).isEqualTo("UTF-8");
    PlainTextDecoder.Decoded bom = PlainTextDecoder.decode(Fixtures.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain));
    assertThat(bom.text()).isEqualTo(TEXT);
    assertThat(bom.charset()).isEqualTo("UTF-8 (BOM)");
  }

  @Test
  void utf16WithBom() {
    PlainTextDecoder.Decoded le = PlainTextDecoder.decode(Fixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    assertThat(le.text()).isEqualTo(TEXT);
    assertThat(le.charset()).isEqualTo("UTF-16LE (BOM)");
    PlainTextDecoder.Decoded be = PlainTextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)); // Java writes a BE BOM
    assertThat(be.text()).isEqualTo(TEXT);
    assertThat(be.charset()).isEqualTo("UTF-16BE (BOM)");
  }

  @Test
  void utf16WithoutBom() {
    PlainTextDecoder.Decoded le = PlainTextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE));
    assertThat(le.text()).isEqualTo(TEXT);
    assertThat(le.charset()).isEqualTo("UTF-16LE (no BOM)");
    PlainTextDecoder.Decoded be = PlainTextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertThat(be.text()).isEqualTo(TEXT);
    assertThat(be.charset()).isEqualTo("UTF-16BE (no BOM)");
  }

  @Test
  void windows1258WithCombiningTonesBecomesNfc() {
    byte[] bytes = Fixtures.windows1258(TEXT);
    // the tone marks are separate combining characters in the file
    assertThat(new String(bytes, Charset.forName("windows-1258"))).contains("\u0301");
    PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
    assertThat(decoded.charset()).isEqualTo("windows-1258");
    assertThat(decoded.text()).isEqualTo(TEXT);
    assertThat(Normalizer.isNormalized(decoded.text(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void legacyEightBitTextIsReadAsWindows1252ForTheRepair() {
    byte[] tcvn3 = org.thidua.ingest.parse.legacy.LegacyEncoding.TCVN3.encode(TEXT).getBytes(Charset.forName("windows-1252"));
    assertThat(PlainTextDecoder.decode(tcvn3).charset()).isEqualTo("windows-1252");
    byte[] vni = org.thidua.ingest.parse.legacy.LegacyEncoding.VNI.encode(TEXT).getBytes(Charset.forName("windows-1252"));
    assertThat(PlainTextDecoder.decode(vni).charset()).isEqualTo("windows-1252");
  }

  @Test
  void utf8WithAFewBadBytesStaysUtf8WithAWarning() {
    byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(good, good.length + 1);
    cut[cut.length - 1] = (byte) 0xE1; // a multi-byte sequence cut short at the end
    PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(cut);
    assertThat(decoded.charset()).isEqualTo("UTF-8");
    assertThat(decoded.text()).startsWith(TEXT);
    assertThat(decoded.warnings()).singleElement().asString().contains("not valid UTF-8");
  }

  @Test
  void binaryIsNotText() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    assertThat(PlainTextDecoder.decode(random)).isNull();
    assertThat(PlainTextDecoder.decode(new byte[] {'a', 0, 'b', 'c', 'd'})).isNull();
  }

  @Test
  void linesAsAReaderSeesThem() {
    assertThat(PlainTextDecoder.lines("a\r\nb\rc\n\nd\n")).containsExactly("a", "b", "c", "", "d");
    assertThat(PlainTextDecoder.lines("a\n\n")).containsExactly("a", "");
    assertThat(PlainTextDecoder.lines("\ta\tb")).isEqualTo(List.of("\ta\tb"));
    assertThat(PlainTextDecoder.lines("")).isEmpty();
  }
}
