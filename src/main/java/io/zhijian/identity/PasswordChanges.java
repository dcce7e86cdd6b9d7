package io.zhijian.identity;

import io.zhijian.platform.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** A user changing their own password: the current one first, as at a sign-in. */
@ApplicationScoped
public class PasswordChanges {

    @Inject
    LoginService logins;

    @Inject
    UserService users;

    /**
     * Checks the current password and sets the new one; every page session of the user ends. Not one transaction on
     * purpose: a wrong current password counts as a failed sign-in (five lock the account) although the change is
     * refused. Returns the instant the sessions ended, from which the caller's own session may go on.
     */
    public Instant change(String username, String currentPassword, String newPassword) {
        FieldErrors errors = new FieldErrors();
        errors.check(currentPassword != null && !currentPassword.isEmpty(), "currentPassword",
                IdentityTexts.text(IdentityMessages::errCurrentPasswordRequired));
        users.checkPassword(errors, "newPassword", newPassword);
        errors.check(newPassword == null || !newPassword.equals(currentPassword), "newPassword",
                IdentityTexts.text(IdentityMessages::errPasswordUnchanged));
        errors.throwIfAny();
        if (logins.verify(username, currentPassword).isEmpty()) {
            throw new FieldErrors().add("currentPassword", IdentityTexts.text(IdentityMessages::errCurrentPasswordWrong))
                    .toProblem();
        }
        return users.setOwnPassword(username, newPassword);
    }
}
