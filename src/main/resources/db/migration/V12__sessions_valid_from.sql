-- Sign-out and password resets end a user's sessions: a sign-in cookie issued before this instant is refused.
alter table users add column sessions_valid_from timestamp with time zone;
