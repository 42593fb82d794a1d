package org.relearning.identity.people;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.PasswordPolicy;
import org.relearning.identity.account.Passwords;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.BusinessException;

/**
 * Redeeming one-time password links, for anyone holding the token, which is the point. Links are
 * issued by {@link PeopleService}, after it has checked the administrator.
 */
@Stateless
public class PasswordLinks {

  private static final Logger LOG = Logger.getLogger(PasswordLinks.class.getName());

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Inject private Passwords passwords;
  @Inject private Clock clock;
  @EJB private AuditLog audit;

  /** The person a still-usable link is for, so that the page can greet them; nothing is used. */
  public Optional<Account> holder(String token) {
    return find(token)
        .filter(
            l -> {
              try {
                l.checkUsable(clock.instant());
                return true;
              } catch (BusinessException e) {
                return false;
              }
            })
        .map(l -> em.find(Account.class, l.getAccountId()))
        .filter(Account::isActive);
  }

  /**
   * Sets the password and spends the link, once: of two requests racing with one link, only the one
   * whose conditional update changed the row sets a password.
   */
  public Account redeem(String token, String newPassword) {
    PasswordLink link =
        find(token).orElseThrow(() -> new BusinessException("password.link.unknown"));
    Instant now = clock.instant();
    link.checkUsable(now);
    PasswordPolicy.check(newPassword);
    Account account = em.find(Account.class, link.getAccountId());
    if (account == null || !account.isActive()) {
      throw new BusinessException("password.link.unknown");
    }
    int used =
        em.createNamedQuery("PasswordLink.use")
            .setParameter("now", now)
            .setParameter("id", link.getId())
            .executeUpdate();
    if (used != 1) {
      throw new BusinessException("password.link.used");
    }
    account.setPasswordHash(passwords.hash(newPassword));
    audit.record(
        account.getUsername(),
        "account.passwordSet",
        "account:" + account.getId(),
        account.getLibraryId(),
        link.getPurpose().name());
    LOG.info(() -> "Password set through a one-time link for account " + account.getId());
    return account;
  }

  private Optional<PasswordLink> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("PasswordLink.byHash", PasswordLink.class)
        .setParameter("hash", PasswordLink.hash(token.strip()))
        .getResultStream()
        .findFirst();
  }
}
