package org.thidua.ingest.extract.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.DocumentSymbols;
import org.thidua.dictionary.LegalRegistry;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.plan.LegalReference;

class LegalReferenceExtractorTest {

  private final LegalReferenceExtractor extractor =
      new LegalReferenceExtractor(LegalRegistry.load(Abbreviations.bundled()::expand), DocumentSymbols.load(),
          PlanTerms.load());

  private List<LegalReference> refs(LocalDate planDate, String... lines) {
    return extractor.extract(List.of(lines), planDate, null).references();
  }

  @Test
  void variantsOfOneSymbolAreOneReference() {
    var refs = refs(null,
        "Thực hiện Chỉ thị số 34/2014/CT-TW ngày 07/04/2014 của Bộ Chính trị; Chỉ thị 34-CT/TW; Chỉ thị số 34/CT-TW.",
        "Chỉ thị số 41-CT-TU ngày 09/9/2014 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 5/KH-UBND ngày 10/01/2022.");
    assertThat(refs).extracting(LegalReference::id, LegalReference::type, LegalReference::year)
        .containsExactly(tuple("34-CT/TW", "Chỉ thị", 2014), tuple("41-CT/TU", "Chỉ thị", 2014),
            tuple("05/KH-UBND", "Kế hoạch", 2022));
    assertThat(refs.getFirst().asWritten()).isEqualTo("Chỉ thị số 34/2014/CT-TW ngày 07/04/2014");
    assertThat(refs.getFirst().status()).isEqualTo("in_force");
  }

  @Test
  void registryGivesStatusReplacementAndMissingDates() {
    var refs = refs(null, "theo NĐ 91/2017 và Thông tư số 12/2019/TT-BNV của Bộ Nội vụ");
    assertThat(refs).extracting(LegalReference::id, LegalReference::date, LegalReference::status,
            LegalReference::replacedBy, LegalReference::issuer)
        .containsExactly(
            tuple("91/2017/NĐ-CP", "2017-07-31", "expired", "98/2023/NĐ-CP", "Chính phủ"),
            tuple("12/2019/TT-BNV", "2019-11-04", "expired", "01/2024/TT-BNV", "Bộ Nội vụ"));
  }

  @Test
  void aLawNamedInsideAnotherDocumentsDescriptionIsReadAtThatDocumentsDate() {
    // a 2024 plan citing the 2017 decree "… của Luật Thi đua, khen thưởng": the 2003 law, not the 2022 one
    var refs = refs(LocalDate.of(2024, 5, 1),
        "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật"
            + " Thi đua, khen thưởng; Luật Thi đua, khen thưởng, các văn bản hướng dẫn.");
    assertThat(refs).extracting(LegalReference::id).containsExactly("91/2017/NĐ-CP", "15/2003/QH11", "06/2022/QH15");
  }

  @Test
  void lawsByNameYearAndAmendment() {
    var refs = refs(LocalDate.of(2018, 1, 1),
        "Căn cứ Luật Thi đua, Khen thưởng năm 2003 và Luật sửa đổi bổ sung một số điều của Luật Thi đua, Khen"
            + " thưởng năm 2013; Luật TĐKT; Luật Cán bộ, công chức năm 2008.");
    assertThat(refs).extracting(LegalReference::id, LegalReference::year, LegalReference::status)
        .containsExactly(tuple("15/2003/QH11", 2003, "expired"), tuple("39/2013/QH13", 2013, "expired"),
            tuple("Luật Cán bộ, công chức", 2008, "unknown"));
  }

  @Test
  void aSymbolReusedInAnotherYearIsNotTheRegistrysDocument() {
    // 34-CT/TW of 2024 (social housing) is not the 2014 emulation directive
    var refs = refs(null, "Chỉ thị số 34-CT/TW ngày 24/5/2024 của Ban Bí thư");
    assertThat(refs).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo("unknown");
      assertThat(r.date()).isEqualTo("2024-05-24");
      assertThat(r.issuer()).isEqualTo("Ban Bí thư");
    });
  }

  @Test
  void numbersThatAreNotSymbolsAndThePlansOwnNumberAreNoReferences() {
    var result = extractor.extract(List.of(
        "Kế hoạch 05 năm (2021 - 2025); giai đoạn 2016 - 2018; ngày 11/6/1948 - 11/6/2018; ISO 9001:2015",
        "Kế hoạch số 102/KH-UBND này"), null, "102/KH-UBND");
    assertThat(result.references()).isEmpty();
  }

  @Test
  void canonicalSymbols() {
    DocumentSymbols d = DocumentSymbols.load();
    assertThat(DocumentSymbol.normative("91", "2017", "NĐ-CP", d).id()).isEqualTo("91/2017/NĐ-CP");
    assertThat(DocumentSymbol.normative("15", "2003", "QH11", d).typeName(d)).isEqualTo("Luật");
    assertThat(DocumentSymbol.normative("34", "2014", "CT-TW", d).id()).isEqualTo("34-CT/TW");
    assertThat(DocumentSymbol.plain("34", "CT-TW", d).id()).isEqualTo("34-CT/TW");
    assertThat(DocumentSymbol.plain("7", "KH-UBND", d).id()).isEqualTo("07/KH-UBND");
    assertThat(DocumentSymbol.partyStyle("41", "CT", "TU").id()).isEqualTo("41-CT/TU");
    assertThat(DocumentSymbol.normative("43", "2012", "TTLT-BTC-BLĐTBXH", d).id()).isEqualTo("43/2012/TTLT-BTC-BLĐTBXH");
  }

  private List<String> typed(String query) {
    return extractor.symbols(query).stream().map(LegalReferenceExtractor.Mention::id).toList();
  }

  @Test
  void symbolsTypedInAQueryTakeTheirCanonicalForm() {
    assertThat(typed("91/2017/NĐ-CP")).containsExactly("91/2017/NĐ-CP");
    assertThat(typed("91/2017/nđ-cp kiểm tra")).containsExactly("91/2017/NĐ-CP");
    assertThat(typed("kiểm tra 91/2017 / NĐ - CP")).containsExactly("91/2017/NĐ-CP");
    assertThat(typed("NĐ 91/2017")).containsExactly("91/2017/NĐ-CP");
    assertThat(typed("34-CT/TW")).containsExactly("34-CT/TW");
    assertThat(typed("34/2014/ct-tw")).containsExactly("34-CT/TW");
    assertThat(typed("5/kh-ubnd và 186/KH-SYT")).containsExactly("05/KH-UBND", "186/KH-SYT");
    // where the symbol is in the text, so the search can take it out and keep the other words
    var m = extractor.symbols("khen thưởng 91/2017/nđ-cp").getFirst();
    assertThat("khen thưởng 91/2017/nđ-cp".substring(m.start(), m.end())).isEqualTo("91/2017/nđ-cp");
  }

  @Test
  void plainWordsDatesAndLawNamesAreNoSymbols() {
    assertThat(typed("kiểm tra công tác thi đua năm 2024")).isEmpty();
    assertThat(typed("ngày 27/7 thương binh")).isEmpty();
    assertThat(typed("Luật Thi đua, Khen thưởng")).isEmpty();
    assertThat(typed("")).isEmpty();
  }
}
