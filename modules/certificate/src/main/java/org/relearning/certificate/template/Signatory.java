package org.relearning.certificate.template;

import java.io.Serializable;
import java.util.Objects;

/** Who signs: a picture of the signature (optional), name and title, in Thai and English. */
public class Signatory implements Serializable {

  private static final long serialVersionUID = 1L;

  private String nameTh = "";
  private String nameEn = "";
  private String titleTh = "";
  private String titleEn = "";
  private Long imageId;

  public Signatory() {}

  public Signatory(String nameTh, String nameEn, String titleTh, String titleEn, Long imageId) {
    this.nameTh = nameTh;
    this.nameEn = nameEn;
    this.titleTh = titleTh;
    this.titleEn = titleEn;
    this.imageId = imageId;
  }

  public Signatory copy() {
    return new Signatory(nameTh, nameEn, titleTh, titleEn, imageId);
  }

  /** Nothing filled in: the signature line is left off. */
  public boolean isEmpty() {
    return blank(nameTh) && blank(nameEn) && blank(titleTh) && blank(titleEn) && imageId == null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String name(boolean thai) {
    return thai || blank(nameEn) ? nameTh : nameEn;
  }

  public String title(boolean thai) {
    return thai || blank(titleEn) ? titleTh : titleEn;
  }

  public String getNameTh() {
    return nameTh;
  }

  public void setNameTh(String nameTh) {
    this.nameTh = nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getTitleTh() {
    return titleTh;
  }

  public void setTitleTh(String titleTh) {
    this.titleTh = titleTh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public Long getImageId() {
    return imageId;
  }

  public void setImageId(Long imageId) {
    this.imageId = imageId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signatory s
        && Objects.equals(nameTh, s.nameTh)
        && Objects.equals(nameEn, s.nameEn)
        && Objects.equals(titleTh, s.titleTh)
        && Objects.equals(titleEn, s.titleEn)
        && Objects.equals(imageId, s.imageId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nameTh, nameEn, titleTh, titleEn, imageId);
  }
}
