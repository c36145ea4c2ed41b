package org.thidua.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.thidua.ingest.index.PlanJson;
import org.thidua.ingest.plan.LegalReference;
import org.thidua.ingest.plan.Obligation;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.plan.ResponsibleUnit;
import org.thidua.ingest.plan.Task;

/**
 * Extracted plans made up for the index benchmark, as the extractor would give them: agencies of many provinces,
 * years 2021–2025, 10–40 tasks with quarters and units, obligations with deadlines, cited decrees. The same seed
 * gives the same plans. The "original file" of each is its JSON.
 */
final class SyntheticPlanRecords {
  static final List<String> PROVINCES =
      List.of(
          "Lào Cai", "Lạng Sơn", "Hà Tĩnh", "Điện Biên", "Hà Giang", "Yên Bái", "Sơn La", "Hòa Bình", "Thái Nguyên",
          "Bắc Giang", "Quảng Ninh", "Hải Phòng", "Nam Định", "Thanh Hóa", "Nghệ An", "Quảng Bình", "Quảng Trị",
          "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Bình Định", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Khánh Hòa",
          "Đồng Nai", "Bình Dương", "Long An", "Cần Thơ", "Cà Mau");
  static final List<String> AGENCIES =
      List.of(
          "Ủy ban nhân dân tỉnh", "Sở Nội vụ tỉnh", "Sở Y tế tỉnh", "Sở Giáo dục và Đào tạo tỉnh",
          "Sở Lao động - Thương binh và Xã hội tỉnh", "Liên đoàn Lao động tỉnh", "Sở Tài chính tỉnh",
          "Hội Nông dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch tỉnh", "Ban Thi đua - Khen thưởng tỉnh");
  static final List<String> SYMBOLS =
      List.of("KH-UBND", "KH-SNV", "KH-SYT", "KH-SGDĐT", "KH-SLĐTBXH", "KH-LĐLĐ", "KH-STC", "KH-HND", "KH-SVHTTDL", "KH-BTĐKT");
  static final List<String> VERBS =
      List.of(
          "Kiểm tra", "Tổ chức", "Hướng dẫn", "Xây dựng", "Triển khai", "Tổng kết", "Sơ kết", "Phát động", "Theo dõi",
          "Đôn đốc", "Tuyên truyền", "Bình xét", "Đề nghị khen thưởng", "Tập huấn", "Báo cáo", "Rà soát", "Thẩm định",
          "Biểu dương", "Nhân rộng", "Đánh giá", "Phát hiện, bồi dưỡng", "Hoàn thiện");
  static final List<String> OBJECTS =
      List.of(
          "công tác thi đua, khen thưởng", "phong trào thi đua yêu nước", "công tác TĐKT", "việc đăng ký thi đua",
          "các điển hình tiên tiến", "hồ sơ đề nghị khen thưởng", "sáng kiến kinh nghiệm",
          "phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”",
          "phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”",
          "phong trào thi đua “Đổi mới, sáng tạo trong quản lý, điều hành”", "phong trào thi đua chuyên đề",
          "nghiệp vụ thi đua, khen thưởng", "danh hiệu Chiến sĩ thi đua cơ sở", "danh hiệu Tập thể lao động xuất sắc",
          "việc thực hiện Luật Thi đua, Khen thưởng", "công tác cải cách hành chính", "Cờ thi đua của UBND tỉnh",
          "Bằng khen của Chủ tịch UBND tỉnh", "quy chế thi đua, khen thưởng", "kế hoạch công tác TĐKT",
          "hoạt động của Hội đồng Thi đua - Khen thưởng", "công tác khen thưởng đột xuất", "khối thi đua");
  static final List<String> QUALIFIERS =
      List.of(
          "tại các đơn vị trực thuộc", "năm %d", "6 tháng đầu năm %d", "trên địa bàn tỉnh %s",
          "cho cán bộ làm công tác thi đua, khen thưởng", "của các sở, ban, ngành", "tại các huyện, thị xã, thành phố",
          "giai đoạn 2021-2025", "theo quy định hiện hành", "gửi Ban Thi đua - Khen thưởng tỉnh", "đối với các cụm, khối thi đua",
          "nhân dịp kỷ niệm ngày Thi đua yêu nước 11/6", "gắn với thực hiện nhiệm vụ chính trị", "");
  static final List<String[]> UNITS =
      List.of(
          new String[] {"Sở Nội vụ", "Sở Nội vụ"}, new String[] {"Ban TĐKT, Sở Nội vụ", "Sở Nội vụ"},
          new String[] {"Ban Thi đua - Khen thưởng", "Ban Thi đua - Khen thưởng"},
          new String[] {"Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"}, new String[] {"Thanh tra tỉnh", "Thanh tra tỉnh"},
          new String[] {"Sở Tài chính", "Sở Tài chính"}, new String[] {"Sở GD&ĐT", "Sở Giáo dục và Đào tạo"},
          new String[] {"Sở Y tế", "Sở Y tế"}, new String[] {"LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"},
          new String[] {"Công đoàn cơ sở", "Công đoàn cơ sở"}, new String[] {"Các sở, ban, ngành", "Các sở, ban, ngành"},
          new String[] {"UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố"},
          new String[] {"Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh"},
          new String[] {"Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}, new String[] {"Tỉnh đoàn", "Tỉnh đoàn"},
          new String[] {"Văn phòng Sở", "Văn phòng Sở"}, new String[] {"Các phòng chuyên môn", "Các phòng chuyên môn"});
  static final List<String[]> REFS =
      List.of(
          new String[] {"15/2003/QH11", "Luật"}, new String[] {"06/2022/QH15", "Luật"}, new String[] {"91/2017/NĐ-CP", "Nghị định"},
          new String[] {"98/2023/NĐ-CP", "Nghị định"}, new String[] {"152/2024/NĐ-CP", "Nghị định"},
          new String[] {"12/2019/TT-BNV", "Thông tư"}, new String[] {"01/2024/TT-BNV", "Thông tư"}, new String[] {"34-CT/TW", "Chỉ thị"},
          new String[] {"05/KH-UBND", "Kế hoạch"}, new String[] {"1381/QĐ-TTg", "Quyết định"});
  static final List<String> QUARTERS = List.of("I", "II", "III", "IV", "year-round");

  private final long seed;

  SyntheticPlanRecords(long seed) {
    this.seed = seed;
  }

  /** Plan {@code index} with the bytes of its "file". */
  record Generated(Plan plan, byte[] bytes) {}

  Generated generate(int index) {
    Random r = new Random(seed * 1_000_003L + index);
    String province = pick(r, PROVINCES);
    int agency = r.nextInt(AGENCIES.size());
    int year = 2021 + r.nextInt(5);
    String issuer = AGENCIES.get(agency) + " " + province;
    String docNumber = (1 + r.nextInt(300)) + "/" + SYMBOLS.get(agency);
    List<Task> tasks = new ArrayList<>();
    int n = 10 + r.nextInt(31);
    for (int t = 1; t <= n; t++) {
      tasks.add(new Task(Integer.toString(t), pick(r, QUARTERS), taskText(r, year, province), units(r, 1 + r.nextInt(2)),
          r.nextInt(3) == 0 ? units(r, 1 + r.nextInt(3)) : List.of(), r.nextInt(5) == 0 ? year + "-" + String.format("%02d", 1 + r.nextInt(12)) : null));
    }
    List<Obligation> obligations = new ArrayList<>();
    for (int o = 0, m = 3 + r.nextInt(6); o < m; o++) {
      String[] u = pick(r, UNITS);
      String date = year + "-" + String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
      obligations.add(new Obligation(new ResponsibleUnit(u[0], u[1]),
          pick(r, VERBS) + " " + pick(r, OBJECTS) + ", gửi về " + issuer + " trước ngày " + date, date));
    }
    Set<String[]> refs = new LinkedHashSet<>();
    for (int k = 0, m = 2 + r.nextInt(4); k < m; k++) {
      refs.add(pick(r, REFS));
    }
    List<LegalReference> legalRefs = refs.stream()
        .map(ref -> new LegalReference(ref[0], ref[1], ref[0].split("[/-]")[0], null, null, null, ref[1] + " số " + ref[0], "unknown", null))
        .toList();
    Plan draft = new Plan(null, null, null, "application/json", docNumber, "Kế hoạch", issuer, province, province,
        year + "-" + String.format("%02d-%02d", 1 + r.nextInt(3), 1 + r.nextInt(28)), year,
        "Công tác thi đua, khen thưởng năm " + year + " của " + issuer, null, List.of(), tasks, legalRefs, obligations,
        List.of(), List.of(), List.of(), List.of(), List.of());
    byte[] bytes = PlanJson.write(draft).getBytes(StandardCharsets.UTF_8);
    String sha = sha256(bytes);
    Plan plan = new Plan(sha.substring(0, 16), String.format("synthetic-%06d.json", index), sha, draft.mediaType(),
        draft.docNumber(), draft.docType(), draft.issuer(), draft.province(), draft.currentProvince(), draft.date(),
        draft.year(), draft.title(), null, List.of(), tasks, legalRefs, obligations, List.of(), List.of(), List.of(),
        List.of(), List.of());
    return new Generated(plan, bytes);
  }

  private static String taskText(Random r, int year, String province) {
    String q = pick(r, QUALIFIERS);
    if (q.contains("%d")) {
      q = String.format(q, year);
    } else if (q.contains("%s")) {
      q = String.format(q, province);
    }
    String text = pick(r, VERBS) + " " + pick(r, OBJECTS) + (q.isEmpty() ? "" : " " + q);
    if (r.nextInt(3) == 0) {
      text += "; " + pick(r, VERBS).toLowerCase(java.util.Locale.ROOT) + " " + pick(r, OBJECTS);
    }
    return text;
  }

  private static List<ResponsibleUnit> units(Random r, int n) {
    List<ResponsibleUnit> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] u = pick(r, UNITS);
      out.add(new ResponsibleUnit(u[0], u[1]));
    }
    return out;
  }

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
