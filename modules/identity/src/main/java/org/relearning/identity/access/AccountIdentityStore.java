package org.relearning.identity.access;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.logging.Logger;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.platform.audit.AuditLog;

/**
 * Checks usernames and passwords against the accounts table and hands out role groups; repeated
 * failures lock the username for a while ({@link SignInThrottle}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  @EJB private AccountService accounts;
  @Inject private SignInThrottle throttle;
  @EJB private AuditLog audit;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = login.getCaller();
    if (throttle.isLocked(username)) {
      LOG.warning(() -> "Sign-in refused: too many failures for " + username);
      return INVALID_RESULT;
    }
    Optional<Account> account = accounts.authenticate(username, login.getPasswordAsString());
    if (account.isEmpty()) {
      recordFailure(username, throttle.failed(username));
      return INVALID_RESULT;
    }
    throttle.succeeded(username);
    return new CredentialValidationResult(
        account.get().getUsername(), account.get().getRole().groups());
  }

  /**
   * A failed sign-in to an existing account goes to its library's audit log, and the failure that
   * locks the account says so. Names that belong to no account are only logged: anyone can type
   * anything, and the audit log is for what happened to someone's account.
   */
  private void recordFailure(String username, int failures) {
    Optional<Account> target = accounts.findByUsername(username == null ? "" : username.strip());
    if (target.isEmpty()) {
      LOG.info(() -> "Sign-in failed for a name with no account");
      return;
    }
    Account a = target.get();
    boolean locks = failures == SignInThrottle.MAX_FAILURES;
    audit.record(
        a.getUsername(),
        locks ? "account.signInLocked" : "account.signInFailed",
        "account:" + a.getUsername(),
        a.getLibraryId(),
        "failure "
            + failures
            + " of "
            + SignInThrottle.MAX_FAILURES
            + (locks ? ", locked for " + SignInThrottle.WINDOW.toMinutes() + " min" : ""));
  }
}
