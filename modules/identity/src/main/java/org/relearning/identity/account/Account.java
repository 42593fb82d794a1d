package org.relearning.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.relearning.platform.i18n.Languages;

/** A person who signs in: a learner, an instructor or an administrator. */
@Entity
@Table(name = "IDN_ACCOUNT")
@NamedQuery(
    name = "Account.byUsername",
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.all", query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(
    name = "Account.activeByEmail",
    query = "SELECT a FROM Account a WHERE a.email = :email AND a.active = TRUE")
@NamedQuery(name = "Account.byIds", query = "SELECT a FROM Account a WHERE a.id IN :ids")
public class Account {

  public static final int USERNAME_MAX = 60;
  public static final int NAME_MAX = 200;
  public static final int OCCUPATION_MAX = 100;
  public static final int PROVINCE_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = USERNAME_MAX, unique = true)
  private String username;

  @Column(name = "PASSWORD_HASH", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "NAME_TH", nullable = false, length = NAME_MAX)
  private String nameTh;

  @Column(name = "NAME_EN", nullable = false, length = NAME_MAX)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "LIBRARY_ID")
  private Long libraryId;

  @Column(nullable = false, length = 5)
  private String language;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "AGE_GROUP", length = 20)
  private AgeGroup ageGroup;

  @Column(length = OCCUPATION_MAX)
  private String occupation;

  @Column(length = PROVINCE_MAX)
  private String province;

  @Column(name = "STATS_CONSENT", nullable = false)
  private boolean statisticsConsent;

  /** The larger text, picked by the person; a new device they sign in on starts with it. */
  @Column(name = "LARGE_TEXT", nullable = false)
  private boolean largeText;

  /** Only for password links by e-mail; none unless the person gave one. */
  @Column(name = "EMAIL", length = EmailAddresses.MAX)
  private String email;

  protected Account() {}

  public Account(
      String username,
      String passwordHash,
      String nameTh,
      String nameEn,
      Role role,
      Long libraryId,
      Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
    this.role = role;
    this.libraryId = libraryId;
    this.language = "th";
    this.active = true;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  /**
   * Through {@code PeopleService}, which checks who asks; the hash comes from {@link Passwords}.
   */
  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getNameTh() {
    return nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  /** The person's name in the language asked for; Thai when no English name was given. */
  public String name(Locale locale) {
    return Languages.isThai(locale) || nameEn == null || nameEn.isBlank() ? nameTh : nameEn;
  }

  public Role getRole() {
    return role;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** What a person told about themselves; every part optional, shown to no one but admins. */
  public boolean isLargeText() {
    return largeText;
  }

  public void setLargeText(boolean largeText) {
    this.largeText = largeText;
  }

  public String getEmail() {
    return email;
  }

  /** Sets the address, checked and in lower case ({@link EmailAddresses}); blank removes it. */
  public void setEmail(String address) {
    this.email = EmailAddresses.normalize(address);
  }

  public void setProfile(Profile profile) {
    this.ageGroup = profile.ageGroup();
    this.occupation = profile.occupation();
    this.province = profile.province();
    this.statisticsConsent = profile.statisticsConsent();
  }

  public Profile getProfile() {
    return new Profile(ageGroup, occupation, province, statisticsConsent);
  }

  public AgeGroup getAgeGroup() {
    return ageGroup;
  }

  public String getOccupation() {
    return occupation;
  }

  public String getProvince() {
    return province;
  }

  public boolean isStatisticsConsent() {
    return statisticsConsent;
  }
}
