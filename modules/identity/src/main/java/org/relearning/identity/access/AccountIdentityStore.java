package org.relearning.identity.access;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

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

/**
 * Checks usernames and passwords against the accounts table and hands out role groups; repeated
 * failures lock the username for a while ({@link SignInThrottle}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  @Inject private AccountService accounts;
  @Inject private SignInThrottle throttle;

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
      throttle.failed(username);
      return INVALID_RESULT;
    }
    throttle.succeeded(username);
    return new CredentialValidationResult(
        account.get().getUsername(), account.get().getRole().groups());
  }
}
