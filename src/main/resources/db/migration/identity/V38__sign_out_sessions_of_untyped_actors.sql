-- The signed-in user (Actor) now carries typed ids (AccountId, PersonId) and is stored in the
-- session serialised. A session stored before cannot be read back, so it would fail on the next
-- request instead of asking to sign in again: everyone is signed out once, at this deploy.
delete from spring_session_attributes;
delete from spring_session;
