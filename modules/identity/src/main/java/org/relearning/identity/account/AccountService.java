package org.relearning.identity.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/** Accounts and their passwords (PBKDF2, never stored in clear). */
@Stateless
public class AccountService {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Inject private Passwords passwords;
  @Inject private Clock clock;

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Account get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("account", id));
  }

  /**
   * The account of this user name. A read, joining the caller's transaction when there is one and
   * starting none otherwise: every signed-in request asks it (see {@code Callers}), and a
   * transaction of its own cost a commit's round trip to the database each time.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Account> findByUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Account.byUsername", Account.class)
        .setParameter("username", username.trim().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  /** The accounts with these ids, in no particular order; ids of no account are left out. */
  public List<Account> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Account.byIds", Account.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  public List<Account> all() {
    return em.createNamedQuery("Account.all", Account.class).getResultList();
  }

  public Account create(
      String username, String password, String nameTh, String nameEn, Role role, Long libraryId) {
    String name = username.trim().toLowerCase();
    if (findByUsername(name).isPresent()) {
      throw new BusinessException("account.usernameTaken", name);
    }
    Account account =
        new Account(
            name, passwords.hash(password), nameTh, nameEn, role, libraryId, clock.instant());
    em.persist(account);
    return account;
  }

  /** Someone to create an account for: username and names in both languages. */
  public record NewAccount(String username, String nameTh, String nameEn) {}

  /**
   * Creates accounts that share one password, hashed once: PBKDF2 is slow on purpose, and a
   * thousand hashes would take minutes. Each account can change its password later. Usernames
   * already taken are refused before anything is written.
   */
  public List<Account> createAll(
      List<NewAccount> people, String password, Role role, Long library) {
    for (NewAccount p : people) {
      if (findByUsername(p.username()).isPresent()) {
        throw new BusinessException("account.usernameTaken", p.username().trim().toLowerCase());
      }
    }
    String hash = passwords.hash(password);
    List<Account> created = new ArrayList<>();
    for (NewAccount p : people) {
      Account account =
          new Account(
              p.username().trim().toLowerCase(),
              hash,
              p.nameTh(),
              p.nameEn(),
              role,
              library,
              clock.instant());
      em.persist(account);
      created.add(account);
    }
    em.flush();
    return created;
  }

  /**
   * The account whose password matches, if it is active; the same empty answer for every failure.
   */
  public Optional<Account> authenticate(String username, String password) {
    Optional<Account> account = findByUsername(username);
    if (account.isEmpty()) {
      passwords.burnTime(password);
      return Optional.empty();
    }
    Account a = account.get();
    return a.isActive() && passwords.matches(password, a.getPasswordHash())
        ? account
        : Optional.empty();
  }

  public void setLanguage(long accountId, String language) {
    get(accountId).setLanguage(language);
  }

  /**
   * Keeps what a signed-in person picked on a page (language {@code th} or {@code en}, larger
   * text), so that the next device they sign in on starts with it. Written only when it changes.
   */
  public void rememberChoice(String username, String language, Boolean largeText) {
    findByUsername(username)
        .ifPresent(
            a -> {
              if (language != null && !language.equals(a.getLanguage())) {
                a.setLanguage(language);
              }
              if (largeText != null && largeText != a.isLargeText()) {
                a.setLargeText(largeText);
              }
            });
  }
}
