package io.zhijian.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of users, teams, sign-in and the admin pages ({@code id:key} in templates): English in {@code messages/id_en.properties}, Chinese in
 * {@code messages/id_zh.properties}.
 */
@MessageBundle(value = "id", locale = "en")
public interface IdentityMessages {

    @Message
    String actions();

    @Message
    String pagePrev();

    @Message
    String pageNext();

    @Message
    String usersTitle();

    @Message
    String userNew();

    @Message
    String userUsername();

    @Message
    String userDisplayName();

    @Message
    String userPassword();

    @Message
    String userActive();

    @Message
    String userStatus();

    @Message
    String userCreated();

    @Message
    String userEditTitle(String username);

    @Message
    String userResetPassword();

    @Message
    String userUnlock();

    @Message
    String statusActive();

    @Message
    String statusInactive();

    @Message
    String statusLocked(String until);

    @Message
    String teamsTitle();

    @Message
    String teamName();

    @Message
    String teamMembers();

    @Message
    String teamLeads();

    @Message
    String teamNew();

    @Message
    String teamRename();

    @Message
    String auditTitle();

    @Message
    String auditAt();

    @Message
    String auditActor();

    @Message
    String auditAction();

    @Message
    String auditTarget();

    @Message
    String auditBefore();

    @Message
    String auditAfter();

    @Message
    String auditEmpty();

    @Message
    String errUsernameFormat();

    @Message
    String errDisplayName(int max);

    @Message
    String errPasswordLength(int min, int max);

    @Message
    String errRolesRequired();

    @Message
    String errUsernameTaken(String username);

    @Message
    String errLastAdmin();

    @Message
    String errTeamTaken(String name);

    @Message
    String errTeamHasMembers(String name);

    @Message
    String errTeamIdNotFound(long id);

    @Message
    String errTeamName(int max);

    /** An audit action in words (the code only for an action this version does not know). */
    @Message
    String auditActionLabel(String action);

    @Message
    String accountPasswordTitle();

    @Message
    String accountCurrentPassword();

    @Message
    String accountNewPassword();

    @Message
    String accountConfirmPassword();

    @Message
    String accountPasswordHint();

    @Message
    String accountPasswordChanged();

    @Message
    String errCurrentPasswordWrong();

    @Message
    String errCurrentPasswordRequired();

    @Message
    String errPasswordUnchanged();

    @Message
    String errPasswordConfirm();
}
