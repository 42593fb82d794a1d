package org.relearning.certificate.credential;

import java.util.ListResourceBundle;

/** Thai texts written into credentials; see {@link CredentialText} for the keys. */
public class CredentialText_th extends ListResourceBundle {

  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      {"issuer.name", "Re-Learning Space @ Library"},
      {"issuer.description", "รายวิชาออนไลน์ของห้องสมุดประชาชน"},
      {"achievement.description", "ประกาศนียบัตรแสดงการเรียนจบรายวิชา \u201c{0}\u201d ออกโดย {1}"},
      {
        "achievement.criteria",
        "เรียนครบทุกส่วนของรายวิชา \u201c{0}\u201d ตามที่ผู้สอนกำหนดให้ต้องผ่านเพื่อจบรายวิชา"
      },
      {
        "achievement.description.path",
        "ประกาศนียบัตรแสดงการเรียนจบเส้นทางอาชีพ \u201c{0}\u201d ออกโดย {1} รายวิชาที่เรียนจบ: {2}"
      },
      {
        "achievement.criteria.path",
        "เรียนจบรายวิชาบังคับทั้งหมดของเส้นทางอาชีพ \u201c{0}\u201d และรายวิชาเลือกครบตามจำนวนที่เส้นทางกำหนด"
      },
    };
  }
}
