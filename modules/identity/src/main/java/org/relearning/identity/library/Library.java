package org.relearning.identity.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import org.relearning.platform.i18n.Languages;

/** A public library of the programme: the tenant every course, enrolment and certificate has. */
@Entity
@Table(name = "IDN_LIBRARY")
@NamedQuery(name = "Library.byCode", query = "SELECT l FROM Library l WHERE l.code = :code")
@NamedQuery(name = "Library.all", query = "SELECT l FROM Library l ORDER BY l.code")
@NamedQuery(name = "Library.count", query = "SELECT COUNT(l) FROM Library l")
public class Library {

  public static final int CODE_MAX = 20;
  public static final int NAME_MAX = 200;
  public static final int PROVINCE_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = CODE_MAX, unique = true)
  private String code;

  @Column(name = "NAME_TH", nullable = false, length = NAME_MAX)
  private String nameTh;

  @Column(name = "NAME_EN", nullable = false, length = NAME_MAX)
  private String nameEn;

  @Column(length = PROVINCE_MAX)
  private String province;

  protected Library() {}

  public Library(String code, String nameTh, String nameEn, String province) {
    this.code = code;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
    this.province = province;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getNameTh() {
    return nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getProvince() {
    return province;
  }

  public String name(Locale locale) {
    return Languages.isThai(locale) ? nameTh : nameEn;
  }

  /** Through {@link LibraryService#update}, which checks the caller and the code's uniqueness. */
  void change(String code, String nameTh, String nameEn, String province) {
    this.code = code;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
    this.province = province;
  }
}
