package org.relearning.identity.people;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.PasswordPolicy;
import org.relearning.identity.account.Passwords;
import org.relearning.identity.account.Profile;
import org.relearning.identity.account.Role;
import org.relearning.identity.account.Usernames;
import org.relearning.identity.library.LibraryService;
import org.relearning.identity.people.imports.ImportReport;
import org.relearning.identity.people.imports.LearnerCsv;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;

/**
 * People as administrators see them: listing, inviting instructors, roles, deactivation, password
 * links and imports, each checked here against {@link RoleGrants}; and self-registration of
 * learners, which needs no one's permission. There is no delete: people who hold certificates must
 * stay findable, so accounts are deactivated instead.
 */
@Stateless
public class PeopleService {

  private static final Logger LOG = Logger.getLogger(PeopleService.class.getName());

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Inject private Callers callers;
  @EJB private AccountService accounts;
  @EJB private LibraryService libraries;
  @Inject private Passwords passwords;
  @Inject private Clock clock;
  @EJB private AuditLog audit;

  /** Whom to list: text in username or names, and a library (the admin's own when not theirs). */
  public record Query(String text, Long libraryId) implements Serializable {}

  /** People the caller administers that match, by username, a page at a time. */
  public List<Account> search(Query query, int first, int max) {
    return typed(query, "SELECT a", " ORDER BY a.username", Account.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 200))
        .getResultList();
  }

  public long count(Query query) {
    return typed(query, "SELECT COUNT(a)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> typed(Query query, String select, String order, Class<T> type) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "people.list");
    Long library = query.libraryId();
    if (!caller.isSystemAdmin()) {
      if (library != null && !caller.administers(library)) {
        throw new AccessDeniedException("people.list");
      }
      library = caller.libraryId();
    }
    StringBuilder jpql = new StringBuilder(select).append(" FROM Account a WHERE 1 = 1");
    if (library != null) {
      jpql.append(" AND a.libraryId = :library");
    }
    String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
    if (!text.isEmpty()) {
      jpql.append(
          " AND (LOWER(a.username) LIKE :text ESCAPE '\\' OR LOWER(a.nameTh) LIKE :text ESCAPE '\\'"
              + " OR LOWER(a.nameEn) LIKE :text ESCAPE '\\')");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
    if (library != null) {
      q.setParameter("library", library);
    }
    if (!text.isEmpty()) {
      String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      q.setParameter("text", "%" + escaped + "%");
    }
    return q;
  }

  /** One person the caller may administer. */
  public Account get(long accountId) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "people.view");
    Account account = accounts.get(accountId);
    if (!caller.administers(account.getLibraryId())) {
      throw new AccessDeniedException("people.view");
    }
    return account;
  }

  /**
   * A new instructor (or other staff member) of a library, without a password: the administrator
   * hands them the returned one-time link to set one. No mail server is needed.
   */
  public IssuedLink invite(
      String username, String nameTh, String nameEn, Role role, long libraryId) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "people.invite");
    libraries.get(libraryId);
    if (!RoleGrants.mayGrant(caller, role, libraryId)) {
      throw new AccessDeniedException("people.invite");
    }
    Account account = newAccount(username, nameTh, nameEn, role, libraryId, Profile.NONE);
    IssuedLink link = issue(account, PasswordLink.Purpose.INVITATION, caller.username());
    record(caller, "account.invited", account, role.name());
    return link;
  }

  public Account changeRole(long accountId, Role role) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "people.changeRole");
    Account account = accounts.get(accountId);
    if (!RoleGrants.mayActOn(caller, account)
        || !RoleGrants.mayGrant(caller, role, account.getLibraryId())) {
      throw new AccessDeniedException("people.changeRole");
    }
    Role before = account.getRole();
    if (before != role) {
      account.setRole(role);
      callers.forget(account.getUsername());
      record(caller, "account.roleChanged", account, before + " -> " + role);
    }
    return account;
  }

  /** Deactivated people cannot sign in, by page or API; their records and certificates stay. */
  public Account setActive(long accountId, boolean active) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "people.deactivate");
    Account account = accounts.get(accountId);
    if (!RoleGrants.mayActOn(caller, account)) {
      throw new AccessDeniedException("people.deactivate");
    }
    if (account.isActive() != active) {
      account.setActive(active);
      callers.forget(account.getUsername());
      record(caller, active ? "account.reactivated" : "account.deactivated", account, null);
    }
    return account;
  }

  /** A one-time link with which the person sets a new password; shown to the administrator. */
  public IssuedLink issueResetLink(long accountId) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "people.resetLink");
    Account account = accounts.get(accountId);
    if (!RoleGrants.mayActOn(caller, account)) {
      throw new AccessDeniedException("people.resetLink");
    }
    if (!account.isActive()) {
      throw new BusinessException("people.resetLink.inactive", account.getUsername());
    }
    IssuedLink link = issue(account, PasswordLink.Purpose.RESET, caller.username());
    record(caller, "account.resetLinkIssued", account, null);
    return link;
  }

  /** A learner registers themselves into a library of their choice. */
  public Account register(Registration r) {
    if (r.libraryId() == null) {
      throw new BusinessException("register.libraryRequired");
    }
    libraries.get(r.libraryId());
    PasswordPolicy.check(r.password());
    Account account =
        newAccount(
            r.username(),
            r.nameTh(),
            r.nameEn(),
            Role.LEARNER,
            r.libraryId(),
            r.profile() == null ? Profile.NONE : r.profile());
    account.setPasswordHash(passwords.hash(r.password()));
    account.setEmail(r.email());
    if ("en".equals(r.language())) {
      account.setLanguage("en");
    }
    audit.record(
        account.getUsername(),
        "account.registered",
        "account:" + account.getId(),
        account.getLibraryId(),
        null);
    LOG.info(() -> "Learner registered in library " + r.libraryId());
    return account;
  }

  /**
   * Creates the learners of the valid rows in one transaction, each with a one-time link to set
   * their password, and reports every row. A row whose username is taken is skipped; if anything
   * else fails, nothing of the file is kept.
   */
  public ImportReport importLearners(long libraryId, LearnerCsv.Result file) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "people.import");
    libraries.get(libraryId);
    if (!RoleGrants.mayGrant(caller, Role.LEARNER, libraryId)) {
      throw new AccessDeniedException("people.import");
    }
    if (file.refused().isPresent()) {
      throw new BusinessException(file.refused().get().key(), file.refused().get().arguments());
    }
    Set<String> taken = new HashSet<>();
    List<String> usernames =
        file.rows().stream().filter(LearnerCsv.Row::isValid).map(LearnerCsv.Row::username).toList();
    for (int i = 0; i < usernames.size(); i += 500) {
      taken.addAll(
          em.createQuery(
                  "SELECT a.username FROM Account a WHERE a.username IN :names", String.class)
              .setParameter("names", usernames.subList(i, Math.min(usernames.size(), i + 500)))
              .getResultList());
    }
    List<ImportReport.Line> lines = new ArrayList<>();
    for (LearnerCsv.Row row : file.rows()) {
      if (!row.isValid()) {
        lines.add(
            new ImportReport.Line(
                row.line(), row.username(), null, row.problemKey(), row.problemArguments()));
      } else if (taken.contains(row.username())) {
        lines.add(
            new ImportReport.Line(
                row.line(),
                row.username(),
                null,
                "account.usernameTaken",
                List.<Serializable>of(row.username())));
      } else {
        Account account =
            newAccount(
                row.username(), row.nameTh(), row.nameEn(), Role.LEARNER, libraryId, row.profile());
        IssuedLink link = issue(account, PasswordLink.Purpose.INVITATION, caller.username());
        lines.add(new ImportReport.Line(row.line(), row.username(), link, null, List.of()));
      }
    }
    ImportReport report = new ImportReport(List.copyOf(lines));
    audit.record(
        caller.username(),
        "people.imported",
        "library:" + libraryId,
        libraryId,
        report.created() + " created, " + report.skipped() + " skipped");
    return report;
  }

  /** A link to send to a person who asked for one by e-mail, and where to send it. */
  public record EmailedLink(Account account, IssuedLink link) {}

  /** How long after a link was sent by e-mail another one is not: a mailbox is not a target. */
  public static final Duration EMAILED_LINK_PAUSE = Duration.ofMinutes(10);

  /**
   * Someone who cannot sign in asks for a password link by e-mail, giving their username or their
   * e-mail address: a link for each active account that matches and has an address, unless one was
   * sent to it in the last {@link #EMAILED_LINK_PAUSE}. Whether anything matched is for the caller
   * to keep to itself, so that the page tells nobody which accounts exist.
   */
  public List<EmailedLink> linksToEmail(String usernameOrEmail) {
    if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 300) {
      return List.of();
    }
    String given = usernameOrEmail.strip();
    List<Account> matching =
        given.contains("@")
            ? em.createNamedQuery("Account.activeByEmail", Account.class)
                .setParameter("email", given.toLowerCase(Locale.ROOT))
                .getResultList()
            : accounts
                .findByUsername(given.toLowerCase(Locale.ROOT))
                .filter(Account::isActive)
                .filter(a -> a.getEmail() != null)
                .stream()
                .toList();
    Instant since = clock.instant().minus(EMAILED_LINK_PAUSE);
    List<EmailedLink> links = new ArrayList<>();
    for (Account account : matching) {
      long recent =
          em.createNamedQuery("PasswordLink.countRecent", Long.class)
              .setParameter("account", account.getId())
              .setParameter("purpose", PasswordLink.Purpose.EMAILED_RESET)
              .setParameter("since", since)
              .getSingleResult();
      if (recent > 0) {
        LOG.info(() -> "Emailed link for account " + account.getId() + " not sent again so soon");
        continue;
      }
      IssuedLink link = issue(account, PasswordLink.Purpose.EMAILED_RESET, account.getUsername());
      audit.record(
          account.getUsername(),
          "account.resetLinkEmailed",
          "account:" + account.getId(),
          account.getLibraryId(),
          null);
      links.add(new EmailedLink(account, link));
    }
    return links;
  }

  /** A new link for the account; earlier unused links of the account stop working. */
  private IssuedLink issue(Account account, PasswordLink.Purpose purpose, String issuedBy) {
    Instant now = clock.instant();
    em.createNamedQuery("PasswordLink.retireOthers")
        .setParameter("now", now)
        .setParameter("account", account.getId())
        .executeUpdate();
    String token = PasswordLink.newToken();
    PasswordLink link = new PasswordLink(account.getId(), token, purpose, issuedBy, now);
    em.persist(link);
    return new IssuedLink(account.getId(), account.getUsername(), token, link.getExpiresAt());
  }

  private Account newAccount(
      String username, String nameTh, String nameEn, Role role, Long libraryId, Profile profile) {
    String name = Usernames.check(username);
    String th = nameTh == null ? "" : nameTh.strip();
    String en = nameEn == null ? "" : nameEn.strip();
    if (th.isEmpty()) {
      throw new BusinessException("account.nameThRequired");
    }
    if (th.length() > Account.NAME_MAX || en.length() > Account.NAME_MAX) {
      throw new BusinessException("account.nameTooLong", Account.NAME_MAX);
    }
    if (accounts.findByUsername(name).isPresent()) {
      throw new BusinessException("account.usernameTaken", name);
    }
    Account account =
        new Account(name, passwords.notSet(), th, en, role, libraryId, clock.instant());
    account.setProfile(profile);
    em.persist(account);
    em.flush();
    return account;
  }

  private void record(Caller caller, String action, Account account, String detail) {
    audit.record(
        caller.username(), action, "account:" + account.getId(), account.getLibraryId(), detail);
    LOG.info(() -> action + " by " + caller.username() + " for account " + account.getId());
  }

  /** Which roles the caller may hand out, for the page's menu. */
  public Set<Role> grantableRoles() {
    return RoleGrants.grantable(callers.require(Role.LIBRARY_ADMIN, "people.list"));
  }

  /** Whether the caller may act on this account; for views deciding what to offer. */
  public boolean mayActOn(Account account) {
    return callers.find().map(c -> RoleGrants.mayActOn(c, account)).orElse(false);
  }
}
