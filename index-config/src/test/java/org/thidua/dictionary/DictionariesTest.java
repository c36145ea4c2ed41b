package org.thidua.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DictionariesTest {

  @Test
  void keysFoldCaseDiacriticsAndPunctuation() {
    assertThat(Keys.fold("Ban TĐKT, Sở Nội vụ")).isEqualTo("ban tdkt so noi vu");
    assertThat(Keys.fold("Thi đua - Khen thưởng")).isEqualTo(Keys.fold("thi đua, khen thưởng"));
    assertThat(Keys.fold("Hoà Bình")).isEqualTo(Keys.fold("Hòa Bình"));
    assertThat(Keys.fold("Uỷ ban")).isEqualTo(Keys.fold("Ủy ban"));
  }

  @Test
  void phraseIndexFindsLongestMatchesWithOffsets() {
    PhraseIndex<String> index = new PhraseIndex<String>().add("Sở Nội vụ", "snv").add("Sở", "so").add("Nội vụ", "nv");
    String text = "Giao Sở  Nội vụ và Sở Tư pháp";
    var hits = index.findAll(text);
    assertThat(hits).extracting(PhraseIndex.Hit::value).containsExactly("snv", "so");
    assertThat(text.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo("Sở  Nội vụ");
  }

  @Test
  void legalRegistryLooksUpIdsAliasesAndLawNames() {
    LegalRegistry r = LegalRegistry.load();
    assertThat(r.entries()).hasSizeGreaterThan(40);
    var nd91 = r.byId("91/2017/NĐ-CP").orElseThrow();
    assertThat(nd91.status()).isEqualTo("expired");
    assertThat(nd91.replacedBy()).containsExactly("98/2023/NĐ-CP");
    assertThat(nd91.signed()).isEqualTo(LocalDate.of(2017, 7, 31));
    assertThat(r.byAlias("Chỉ thị số 34/2014/CT-TW")).map(LegalRegistry.Entry::id).contains("34-CT/TW");

    // a law cited by name: the year picks the version, else the citing text's date does
    assertThat(r.lawByName("Luật Thi đua, Khen thưởng", 2003, null)).map(LegalRegistry.Entry::id)
        .contains("15/2003/QH11");
    assertThat(r.lawByName("Luật thi đua, khen thưởng", null, LocalDate.of(2022, 1, 14)))
        .map(LegalRegistry.Entry::id).contains("15/2003/QH11");
    assertThat(r.lawByName("Luật Thi đua, khen thưởng", null, LocalDate.of(2024, 3, 1)))
        .map(LegalRegistry.Entry::id).contains("06/2022/QH15");
    assertThat(r.lawByName("Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng", 2013, null))
        .map(LegalRegistry.Entry::id).contains("39/2013/QH13");
    assertThat(r.lawByName("Luật Sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng", 2005, null))
        .map(LegalRegistry.Entry::id).contains("47/2005/QH11");
    assertThat(r.lawByName("Luật Tổ chức chính quyền địa phương", 2015, null))
        .map(LegalRegistry.Entry::id).contains("77/2015/QH13");
    assertThat(r.lawByName("Luật Đất đai", null, null)).isEmpty();
  }

  @Test
  void legalRegistryMeetsExpandedAbbreviationsWhenGivenAnExpander() {
    UnaryOperator<String> expand = s -> s.replace("TĐKT", "thi đua, khen thưởng");
    LegalRegistry r = LegalRegistry.load(expand);
    // "Luật TĐKT" in a 2018 plan is the 2003 law, not the 2022 one whose alias it also is
    assertThat(r.lawByName("Luật TĐKT", null, LocalDate.of(2018, 1, 1))).map(LegalRegistry.Entry::id)
        .contains("15/2003/QH11");
  }

  @Test
  void provincesFindNamesAndMapThemThroughTheMerger() {
    Provinces p = Provinces.load();
    assertThat(p.former()).hasSize(63);
    assertThat(p.current()).hasSize(34);
    assertThat(p.findIn("Lào Cai, ngày tháng 01 năm 2022", true)).map(Provinces.Match::name).contains("Lào Cai");
    assertThat(p.findIn("phong cách Hồ Chí Minh", false)).isEmpty();
    assertThat(p.findIn("UBND TỈNH YÊN BÁI", false)).map(Provinces.Match::name).contains("Yên Bái");
    assertThat(p.currentOf("Yên Bái")).isEqualTo("Lào Cai");
    assertThat(p.currentOf("Hà Giang")).isEqualTo("Tuyên Quang");
    assertThat(p.currentOf("Điện Biên")).isEqualTo("Điện Biên");
    assertThat(p.named("Hoà Bình")).contains("Hòa Bình");
    assertThat(p.nameAsOf("Huế", LocalDate.of(2022, 1, 1))).isEqualTo("Thừa Thiên Huế");
    assertThat(p.nameAsOf("Huế", LocalDate.of(2025, 3, 1))).isEqualTo("Huế");
    assertThat(p.nameAsOf("Hà Giang", LocalDate.of(2025, 8, 1))).isEqualTo("Tuyên Quang");
    assertThat(p.findIn("Thừa Thiên Huế, ngày 02 tháng 3 năm 2020", true)).map(Provinces.Match::name)
        .contains("Huế");
  }

  @Test
  void unitNamesKnowVariantsAndParents() {
    UnitNames u = UnitNames.load();
    var hits = u.index().findAll("Ban TĐKT, Sở Nội vụ");
    assertThat(hits).extracting(h -> h.value().canonical()).containsExactly("Ban Thi đua - Khen thưởng", "Sở Nội vụ");
    assertThat(hits.getFirst().value().belongsTo()).isEqualTo("Sở Nội vụ");
    assertThat(u.index().findAll("Ban TĐKT Trung ương")).extracting(h -> h.value().canonical())
        .containsExactly("Ban Thi đua - Khen thưởng Trung ương");
    assertThat(u.index().findAll("HĐ TĐKT tỉnh")).extracting(h -> h.value().canonical())
        .containsExactly("Hội đồng Thi đua - Khen thưởng");
  }

  @Test
  void documentSymbolsNameTypesAndIssuers() {
    DocumentSymbols d = DocumentSymbols.load();
    assertThat(d.typeName("KH")).contains("Kế hoạch");
    assertThat(d.typeName("NĐ")).contains("Nghị định");
    assertThat(d.partyTypeName("TT")).contains("Thông tri");
    assertThat(d.issuerName("TTg")).contains("Thủ tướng Chính phủ");
    assertThat(d.isPartyIssuer("TW")).isTrue();
    assertThat(d.isPartyIssuer("UBND")).isFalse();
    assertThat(d.typeCode("Kế hoạch")).contains("KH");
  }

  @Test
  void planTermsHaveTheirCategories() {
    PlanTerms t = PlanTerms.load();
    assertThat(t.get("column.lead")).contains("Đơn vị chủ trì");
    assertThat(t.longestFirst("reference.type").getFirst()).isEqualTo("Thông tư liên tịch");
  }
}
