package org.thidua.ingest.index;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.thidua.ingest.plan.LegalReference;
import org.thidua.ingest.plan.Obligation;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.plan.ResponsibleUnit;
import org.thidua.ingest.plan.Task;

/**
 * Plans written for the tests, modelled on the seeds (Lào Cai, Lạng Sơn, Hà Tĩnh, Điện Biên). Each comes with the
 * bytes of its "file": the plan as JSON, read back by {@link #jsonExtractor()}, which sets id, sha256 and file name
 * from the bytes the way the real extractor does.
 */
public final class TestPlans {
  private TestPlans() {}

  /** A plan and the bytes of the file it is read from. */
  public record Fixture(String fileName, byte[] bytes, Plan plan) {}

  public static final ResponsibleUnit VAN_PHONG = unit("Văn phòng Sở", "Văn phòng Sở Lao động - Thương binh và Xã hội");
  public static final ResponsibleUnit SO_NOI_VU = unit("Ban TĐKT, Sở Nội vụ", "Sở Nội vụ");
  public static final ResponsibleUnit THANH_TRA = unit("Thanh tra Sở", "Thanh tra Sở");
  public static final ResponsibleUnit CONG_DOAN = unit("Công đoàn cơ sở", "Công đoàn cơ sở");

  /** Sở LĐ-TB&XH Lào Cai, 2022: tasks by quarter, some about "thương binh", some about "khen thưởng". */
  public static Fixture laoCaiLabour2022() {
    return fixture(
        "kh-tdkt-soldtbxh-2022.docx",
        "/KH-SLĐTBXH",
        "Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai",
        "Lào Cai",
        "Lào Cai",
        "2022-01",
        2022,
        "Công tác thi đua, khen thưởng của Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai năm 2022",
        List.of(
            task("1", "I", "Xây dựng Kế hoạch công tác thi đua, khen thưởng năm 2022", List.of(VAN_PHONG), List.of()),
            task("2", "I", "Tổ chức phát động và đăng ký thi đua năm 2022", List.of(VAN_PHONG), List.of(CONG_DOAN)),
            task("3", "II", "Sơ kết 6 tháng đầu năm phong trào thi đua yêu nước", List.of(VAN_PHONG), List.of()),
            task(
                "4",
                "III",
                "Kiểm tra công tác thi đua, khen thưởng tại các đơn vị trực thuộc",
                List.of(THANH_TRA),
                List.of(VAN_PHONG)),
            task("5", "III", "Thăm hỏi, tặng quà thương binh, gia đình liệt sĩ nhân ngày 27/7", List.of(VAN_PHONG), List.of()),
            task("6", "IV", "Hướng dẫn tổng kết công tác TĐKT năm 2022", List.of(VAN_PHONG), List.of())),
        List.of(ref("91/2017/NĐ-CP", "Nghị định"), ref("05/KH-UBND", "Kế hoạch")),
        List.of(
            new Obligation(
                SO_NOI_VU,
                "Gửi báo cáo tổng kết công tác thi đua, khen thưởng về Sở Nội vụ trước ngày 15/11/2022",
                "2022-11-15")));
  }

  /** UBND tỉnh Lạng Sơn, 2023. */
  public static Fixture langSon2023() {
    return fixture(
        "12-kh-ubnd-lang-son-2023.pdf",
        "12/KH-UBND",
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "Lạng Sơn",
        "Lạng Sơn",
        "2023-01-20",
        2023,
        "Triển khai công tác thi đua, khen thưởng năm 2023",
        List.of(
            task(
                "1",
                "I",
                "Phát động phong trào thi đua yêu nước năm 2023 trên địa bàn tỉnh",
                List.of(SO_NOI_VU),
                List.of()),
            task(
                "2",
                "III",
                "Kiểm tra việc thực hiện Luật Thi đua, Khen thưởng tại các huyện, thành phố",
                List.of(SO_NOI_VU),
                List.of(THANH_TRA)),
            task(
                "3",
                "IV",
                "Tổng kết công tác thi đua, khen thưởng năm 2023; khen thưởng đột xuất & chuyên đề <theo đề nghị>",
                List.of(SO_NOI_VU),
                List.of())),
        List.of(ref("91/2017/NĐ-CP", "Nghị định"), ref("15/2003/QH11", "Luật")),
        List.of());
  }

  /** Sở Nội vụ Hà Tĩnh, 2024, citing the replaced decree 91/2017 and its replacement. */
  public static Fixture haTinh2024() {
    return fixture(
        "45-kh-snv-ha-tinh-2024.txt",
        "45/KH-SNV",
        "Sở Nội vụ tỉnh Hà Tĩnh",
        "Hà Tĩnh",
        "Hà Tĩnh",
        "2024-02-05",
        2024,
        "Kế hoạch tổ chức các phong trào thi đua năm 2024",
        List.of(
            task("1", "I", "Đăng ký thi đua năm 2024 của các cơ quan, đơn vị", List.of(SO_NOI_VU), List.of()),
            task("2", "II", "Sơ kết, báo cáo công tác thi đua 6 tháng đầu năm 2024", List.of(SO_NOI_VU), List.of()),
            task("3", "III", "Kiểm tra công tác thi đua, khen thưởng tại một số sở, ngành", List.of(SO_NOI_VU), List.of()),
            task("4", "year-round", "Bảo đảm nâng cao chất lượng phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến", List.of(SO_NOI_VU), List.of())),
        List.of(ref("91/2017/NĐ-CP", "Nghị định"), ref("98/2023/NĐ-CP", "Nghị định")),
        List.of());
  }

  public static List<Fixture> all() {
    return List.of(laoCaiLabour2022(), langSon2023(), haTinh2024());
  }

  /** The same plan as another version of its file: one task added. */
  public static Fixture laoCaiLabour2022Revised() {
    Fixture original = laoCaiLabour2022();
    Plan p = original.plan();
    List<Task> tasks =
        new java.util.ArrayList<>(p.tasks());
    tasks.add(task("7", "IV", "Bình xét danh hiệu Tập thể lao động xuất sắc năm 2022", List.of(VAN_PHONG), List.of()));
    return fixture(
        original.fileName(),
        p.docNumber(),
        p.issuer(),
        p.province(),
        p.currentProvince(),
        p.date(),
        p.year(),
        p.title(),
        tasks,
        p.legalRefs(),
        p.obligations());
  }

  public static Fixture fixture(
      String fileName,
      String docNumber,
      String issuer,
      String province,
      String currentProvince,
      String date,
      Integer year,
      String title,
      List<Task> tasks,
      List<LegalReference> refs,
      List<Obligation> obligations) {
    Plan draft =
        new Plan(
            null, null, null, "application/json", docNumber, "Kế hoạch", issuer, province, currentProvince, date,
            year, title, null, null, tasks, refs, obligations, List.of(), List.of(), List.of(), List.of(), List.of());
    byte[] bytes = PlanJson.write(draft).getBytes(StandardCharsets.UTF_8);
    return new Fixture(fileName, bytes, withIdentity(draft, fileName, bytes));
  }

  /** Reads files holding Plan JSON: the stand-in extractor of these tests (the bytes are the plan). */
  public static PlanFileReader jsonExtractor() {
    return (fileName, bytes) -> {
      String json = new String(bytes, StandardCharsets.UTF_8);
      if (!json.stripLeading().startsWith("{")) {
        throw new IllegalArgumentException("not a plan: " + fileName + " does not hold JSON");
      }
      return withIdentity(PlanJson.read(json), fileName, bytes);
    };
  }

  static Plan withIdentity(Plan p, String fileName, byte[] bytes) {
    String sha256 = PlanIngester.sha256(bytes);
    return new Plan(
        sha256.substring(0, 16), fileName, sha256, p.mediaType(), p.docNumber(), p.docType(), p.issuer(),
        p.province(), p.currentProvince(), p.date(), p.year(), p.title(), p.signer(), p.recipients(), p.tasks(),
        p.legalRefs(), p.obligations(), p.movements(), p.periods(), p.targets(), p.parentRefs(), p.warnings());
  }

  public static Task task(
      String no, String quarter, String text, List<ResponsibleUnit> lead, List<ResponsibleUnit> support) {
    return new Task(no, quarter, text, lead, support, null);
  }

  public static ResponsibleUnit unit(String name, String canonical) {
    return new ResponsibleUnit(name, canonical);
  }

  public static LegalReference ref(String id, String type) {
    String[] parts = id.split("/");
    Integer year = parts.length == 3 ? Integer.valueOf(parts[1]) : null;
    return new LegalReference(id, type, parts[0], year, null, null, type + " số " + id, "unknown", null);
  }
}
