package org.thidua.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.plan.LegalReference;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.plan.ResponsibleUnit;
import org.thidua.ingest.plan.Task;

/**
 * Plans of other agencies and layouts than the seeds, built here: a department's DOCX with a header table and
 * a "Thời gian" column, a DOCX appendix with merged quarter rows split over two tables, a district plan
 * written as numbered paragraphs, a trade-union plan in plain text, a Party plan, a plan after the 2025 merger.
 */
class PlanLayoutsTest {

  private static PlanReader reader;

  @BeforeAll
  static void open() {
    reader = new PlanReader();
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  private static List<String> canonical(List<ResponsibleUnit> units) {
    return units == null ? null : units.stream().map(ResponsibleUnit::canonical).toList();
  }

  private static LegalReference ref(Plan plan, String id) {
    return plan.legalRefs().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no reference " + id + " in " + plan.legalRefs()));
  }

  @Test
  void departmentDocxWithHeaderTableTimeColumnAndTwoUnitColumns() throws Exception {
    byte[] docx = new Docx()
        .table(List.of(
            List.of("UBND TỈNH YÊN BÁI\nSỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            List.of("Số: 45/KH-SNV", "Yên Bái, ngày 10 tháng 02 năm 2023")))
        .p("KẾ HOẠCH")
        .p("Tổ chức các phong trào thi đua năm 2023")
        .p("Căn cứ Luật Thi đua, Khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013); Nghị định số 91/2017/NĐ-CP"
            + " ngày 31/7/2017 của Chính phủ; Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ; Thực hiện"
            + " Kế hoạch số 20/KH-UBND ngày 15/01/2023 của UBND tỉnh Yên Bái về công tác thi đua, khen thưởng năm"
            + " 2023, Sở Nội vụ ban hành Kế hoạch như sau:")
        .p("I. MỤC ĐÍCH, YÊU CẦU")
        .p("Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ.")
        .p("II. NỘI DUNG, THỜI GIAN THỰC HIỆN")
        .table(List.of(
            List.of("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
            List.of("1", "Xây dựng, ban hành Kế hoạch công tác thi đua, khen thưởng năm 2023",
                "Phòng Công chức, viên chức", "Các phòng, đơn vị thuộc Sở", "Tháng 02/2023"),
            List.of("2", "Tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm", "Văn phòng Sở",
                "Ban Thi đua - Khen thưởng", "Quý II"),
            List.of("3", "Kiểm tra công tác thi đua, khen thưởng tại các huyện", "Ban TĐKT",
                "UBND các huyện, thị xã, thành phố", "Trước ngày 30/9/2023"),
            List.of("4", "Tuyên truyền các điển hình tiên tiến", "Văn phòng Sở",
                "Báo Yên Bái\nĐài Phát thanh và Truyền hình tỉnh", "Thường xuyên")))
        .p("III. TỔ CHỨC THỰC HIỆN")
        .p("1. Các phòng, đơn vị thuộc Sở")
        .p("- Báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 15/12/2023.")
        .p("Trên đây là Kế hoạch tổ chức các phong trào thi đua năm 2023 của Sở Nội vụ./.")
        .table(List.of(List.of("Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.",
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An")))
        .bytes();

    Plan plan = reader.read("ke-hoach-snv.docx", docx);

    assertThat(plan.docNumber()).isEqualTo("45/KH-SNV");
    assertThat(plan.docType()).isEqualTo("Kế hoạch");
    assertThat(plan.issuer()).isEqualTo("Sở Nội vụ");
    assertThat(plan.province()).isEqualTo("Yên Bái");
    assertThat(plan.currentProvince()).isEqualTo("Lào Cai");
    assertThat(plan.date()).isEqualTo("2023-02-10");
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.title()).isEqualTo("Tổ chức các phong trào thi đua năm 2023");
    assertThat(plan.signer().name()).isEqualTo("Nguyễn Văn An");
    assertThat(plan.signer().role()).isEqualTo("PHÓ GIÁM ĐỐC");
    assertThat(plan.signer().authority()).isEqualTo("KT. GIÁM ĐỐC");
    assertThat(plan.recipients()).containsExactly("UBND tỉnh (b/c)", "Lưu: VT, VP");

    assertThat(plan.tasks()).extracting(Task::no, Task::quarter, Task::deadline).containsExactly(
        tuple("1", "I", null), tuple("2", "II", null), tuple("3", "III", "2023-09-30"), tuple("4", "year-round", null));
    assertThat(plan.tasks()).extracting(t -> canonical(t.lead())).containsExactly(
        List.of("Phòng Công chức, viên chức"), List.of("Văn phòng Sở"), List.of("Sở Nội vụ"), List.of("Văn phòng Sở"));
    assertThat(plan.tasks()).extracting(t -> canonical(t.support())).containsExactly(
        List.of("Các phòng, đơn vị thuộc Sở"), List.of("Sở Nội vụ"),
        List.of("Ủy ban nhân dân các huyện, thị xã, thành phố"),
        List.of("Báo Yên Bái", "Đài Phát thanh và Truyền hình tỉnh"));

    assertThat(plan.legalRefs()).extracting(LegalReference::id)
        .containsExactly("15/2003/QH11", "91/2017/NĐ-CP", "12/2019/TT-BNV", "20/KH-UBND");
    assertThat(plan.parentRefs()).containsExactly("20/KH-UBND");
    assertThat(ref(plan, "20/KH-UBND").issuer()).isEqualTo("UBND tỉnh Yên Bái");
    assertThat(plan.obligations()).singleElement().satisfies(o -> {
      assertThat(o.unit().canonical()).isEqualTo("Các phòng, đơn vị thuộc Sở");
      assertThat(o.deadline()).isEqualTo("2023-12-15");
    });
    assertThat(plan.targets()).extracting(t -> t.value()).containsExactly("100%");
  }

  @Test
  void docxAppendixWithMergedQuarterRowsContinuedInASecondTable() throws Exception {
    byte[] docx = new Docx()
        .p("SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        .p("Số: 08/KH-SGDĐT")
        .p("Thanh Hóa, ngày 03 tháng 01 năm 2024")
        .p("KẾ HOẠCH")
        .p("Công tác thi đua, khen thưởng năm 2024")
        .p("I. NHIỆM VỤ")
        .table(List.of(
            List.of("TT", "Nội dung", "Đơn vị thực hiện"),
            List.of("QUÝ I/2024"),
            List.of("1", "Phát động phong trào thi đua năm 2024", "Văn phòng Sở\n- Các phòng chuyên môn"),
            List.of("2", "Đăng ký thi đua với Hội đồng TĐKT tỉnh", "HĐ TĐKT Sở"),
            List.of("QUÝ II/2024"),
            List.of("3", "Sơ kết học kỳ I, xét khen thưởng", "Văn phòng Sở")))
        .table(List.of(
            // the next page: no header, the last row of the first table goes on
            List.of("", "và đề nghị cấp trên khen thưởng", ""),
            List.of("QUÝ IV/2024"),
            List.of("4", "Tổng kết năm học, bình xét thi đua", "Văn phòng Sở; các trường trực thuộc")))
        .p("II. TỔ CHỨC THỰC HIỆN")
        .p("Các đơn vị gửi báo cáo về Văn phòng Sở trước ngày 20/12/2024./.")
        .bytes();

    Plan plan = reader.read("sgddt.docx", docx);

    assertThat(plan.issuer()).isEqualTo("Sở Giáo dục và Đào tạo");
    assertThat(plan.province()).isEqualTo("Thanh Hóa");
    assertThat(plan.docType()).isEqualTo("Kế hoạch");
    assertThat(plan.tasks()).extracting(Task::no, Task::quarter, Task::text).containsExactly(
        tuple("1", "I", "Phát động phong trào thi đua năm 2024"),
        tuple("2", "I", "Đăng ký thi đua với Hội đồng TĐKT tỉnh"),
        tuple("3", "II", "Sơ kết học kỳ I, xét khen thưởng và đề nghị cấp trên khen thưởng"),
        tuple("4", "IV", "Tổng kết năm học, bình xét thi đua"));
    assertThat(plan.tasks().get(0).lead()).extracting(ResponsibleUnit::name)
        .containsExactly("Văn phòng Sở", "Các phòng chuyên môn");
    assertThat(canonical(plan.tasks().get(1).lead())).containsExactly("Hội đồng Thi đua - Khen thưởng Sở");
    assertThat(canonical(plan.tasks().get(3).lead())).containsExactly("Văn phòng Sở", "Các trường trực thuộc");
    assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.support()).isNull());
  }

  @Test
  void districtPlanWithNumberedParagraphsAndNoTable() throws Exception {
    String text = String.join("\n",
        "UBND HUYỆN LỤC YÊN",
        "Số: 12/KH-UBND",
        "Lục Yên, ngày 05 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Công tác thi đua, khen thưởng năm 2024",
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2024 của UBND tỉnh Yên Bái về công tác thi đua, khen"
            + " thưởng năm 2024, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Đẩy mạnh các phong trào thi đua yêu nước.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Quý I",
        "- Tổ chức phát động phong trào thi đua năm 2024 (chủ trì: Phòng Nội vụ; phối hợp: các xã, thị trấn).",
        "- Hoàn thành đăng ký thi đua trước ngày 31/3/2024 (chủ trì: Phòng Nội vụ).",
        "2. Quý II",
        "- Sơ kết công tác thi đua 6 tháng đầu năm (chủ trì: Văn phòng HĐND và UBND huyện).",
        "3. Nhiệm vụ thường xuyên",
        "- Tuyên truyền các gương điển hình tiên tiến (chủ trì: Phòng Văn hóa và Thông tin;"
            + " phối hợp: Ủy ban MTTQ Việt Nam huyện).",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Nội vụ",
        "Tổng hợp, báo cáo UBND huyện trước ngày 15/12/2024.",
        "Nơi nhận:",
        "- UBND tỉnh;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Trần Văn Bình");

    Plan plan = reader.read("huyen.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(plan.issuer()).isEqualTo("Ủy ban nhân dân huyện Lục Yên");
    assertThat(plan.province()).isEqualTo("Yên Bái");
    assertThat(plan.currentProvince()).isEqualTo("Lào Cai");
    assertThat(plan.date()).isEqualTo("2024-03-05");
    assertThat(plan.parentRefs()).containsExactly("15/KH-UBND");
    assertThat(plan.signer().authority()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
    assertThat(plan.signer().name()).isEqualTo("Trần Văn Bình");
    assertThat(plan.tasks()).extracting(Task::quarter, Task::text, Task::deadline).containsExactly(
        tuple("I", "Tổ chức phát động phong trào thi đua năm 2024", null),
        tuple("I", "Hoàn thành đăng ký thi đua trước ngày 31/3/2024", "2024-03-31"),
        tuple("II", "Sơ kết công tác thi đua 6 tháng đầu năm", null),
        tuple("year-round", "Tuyên truyền các gương điển hình tiên tiến", null));
    assertThat(canonical(plan.tasks().get(0).lead())).containsExactly("Phòng Nội vụ");
    assertThat(canonical(plan.tasks().get(0).support())).containsExactly("Các xã, thị trấn");
    assertThat(canonical(plan.tasks().get(2).lead()))
        .containsExactly("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện");
    assertThat(canonical(plan.tasks().get(3).support())).containsExactly("Ủy ban Mặt trận Tổ quốc Việt Nam huyện");
    assertThat(plan.obligations()).singleElement().satisfies(o -> {
      assertThat(o.unit().canonical()).isEqualTo("Phòng Nội vụ");
      assertThat(o.deadline()).isEqualTo("2024-12-15");
    });
  }

  @Test
  void tradeUnionPlanInPlainTextWithATimeColumn() throws Exception {
    String text = String.join("\n",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 217/KH-LĐLĐ\tHà Giang, ngày 20 tháng 12 năm 2024",
        "",
        "KẾ HOẠCH",
        "Tổ chức phong trào thi đua trong công nhân, viên chức, lao động năm 2025",
        "",
        "Căn cứ Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;"
            + " Hướng dẫn số 19/HD-TLĐ ngày 15/11/2024 của Tổng Liên đoàn Lao động Việt Nam; Ban Thường vụ Liên"
            + " đoàn Lao động tỉnh xây dựng Kế hoạch như sau:",
        "I. NỘI DUNG",
        "TT\tNội dung\tThời gian\tĐơn vị thực hiện",
        "1\tPhát động phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2025\tTháng 1/2025\tBan Tuyên giáo; các công đoàn ngành",
        "2\tTổ chức Tháng Công nhân\tTháng 5/2025\tBan Chính sách - Pháp luật",
        "",
        "3\tTổng kết phong trào thi đua\tTrước ngày 15/12/2025\tVăn phòng LĐLĐ tỉnh",
        "II. TỔ CHỨC THỰC HIỆN",
        "Các công đoàn ngành báo cáo kết quả về Liên đoàn Lao động tỉnh./.",
        "Nơi nhận:",
        "- Tổng LĐLĐ Việt Nam (b/c);",
        "- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lê Thị Hoa");

    Plan plan = reader.read("217-kh-ldld.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(plan.docNumber()).isEqualTo("217/KH-LĐLĐ");
    assertThat(plan.issuer()).isEqualTo("Liên đoàn Lao động tỉnh Hà Giang");
    assertThat(plan.province()).isEqualTo("Hà Giang");
    assertThat(plan.currentProvince()).isEqualTo("Tuyên Quang");
    assertThat(plan.year()).isEqualTo(2025);
    assertThat(plan.tasks()).extracting(Task::no, Task::quarter, Task::deadline).containsExactly(
        tuple("1", "I", null), tuple("2", "II", null), tuple("3", "IV", "2025-12-15"));
    assertThat(canonical(plan.tasks().get(0).lead())).containsExactly("Ban Tuyên giáo", "Các công đoàn ngành");
    assertThat(plan.tasks().get(0).support()).isNull();
    assertThat(ref(plan, "06/2022/QH15").status()).isEqualTo("in_force");
    assertThat(ref(plan, "98/2023/NĐ-CP").replacedBy()).isEqualTo("152/2025/NĐ-CP");
    LegalReference hd = ref(plan, "19/HD-TLĐ");
    assertThat(hd.type()).isEqualTo("Hướng dẫn");
    assertThat(hd.issuer()).isEqualTo("Tổng Liên đoàn Lao động Việt Nam");
    assertThat(hd.date()).isEqualTo("2024-11-15");
    assertThat(hd.status()).isEqualTo("unknown");
    assertThat(plan.movements()).extracting(m -> m.name()).containsExactly("Lao động giỏi, lao động sáng tạo");
    assertThat(plan.signer().authority()).isEqualTo("TM. BAN THƯỜNG VỤ");
  }

  @Test
  void partyPlanCitingOneDirectiveInThreeSpellings() throws Exception {
    String text = String.join("\n",
        "TỈNH ỦY ĐIỆN BIÊN",
        "*",
        "Số 25-KH/TU",
        "Điện Biên, ngày 12 tháng 4 năm 2021",
        "KẾ HOẠCH",
        "thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị",
        "Thực hiện Chỉ thị số 34/CT-TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen"
            + " thưởng, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
        "I. NHIỆM VỤ",
        "1. Quán triệt Chỉ thị số 34/2014/CT-TW và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Văn Minh");

    Plan plan = reader.read("tu.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(plan.docNumber()).isEqualTo("25-KH/TU");
    assertThat(plan.docType()).isEqualTo("Kế hoạch");
    assertThat(plan.issuer()).isEqualTo("Tỉnh ủy Điện Biên");
    assertThat(plan.legalRefs()).extracting(LegalReference::id).containsExactly("34-CT/TW", "01-KL/TW");
    LegalReference ct34 = ref(plan, "34-CT/TW");
    assertThat(ct34.date()).isEqualTo("2014-04-07");
    assertThat(ct34.status()).isEqualTo("in_force");
    assertThat(plan.signer().authority()).isEqualTo("T/M BAN THƯỜNG VỤ");
    assertThat(plan.signer().role()).isEqualTo("PHÓ BÍ THƯ");
  }

  @Test
  void planAfterTheMergerReadsAnUndatedLawAsTheCurrentOne() throws Exception {
    String text = String.join("\n",
        "UBND TỈNH LÀO CAI",
        "Số: 150/KH-UBND",
        "Lào Cai, ngày 15 tháng 8 năm 2025",
        "KẾ HOẠCH",
        "Công tác thi đua, khen thưởng 6 tháng cuối năm 2025",
        "Căn cứ Luật Thi đua, khen thưởng; Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ; Ủy ban nhân"
            + " dân tỉnh ban hành Kế hoạch như sau:",
        "I. NHIỆM VỤ",
        "Tổ chức thực hiện các phong trào thi đua.");

    Plan plan = reader.read("lao-cai-2025.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(plan.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lào Cai");
    assertThat(plan.province()).isEqualTo("Lào Cai");
    assertThat(plan.currentProvince()).isEqualTo("Lào Cai");
    assertThat(plan.legalRefs()).extracting(LegalReference::id).containsExactly("06/2022/QH15", "152/2025/NĐ-CP");
    assertThat(plan.legalRefs().getFirst().asWritten()).isEqualTo("Luật Thi đua, khen thưởng");
  }
}
