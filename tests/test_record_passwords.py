"""Changing, resetting and upgrading passwords: each ends the person's sign-ins."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from coach.errors import AccountLocked, InvalidInput, PermissionDenied
from coach.record import SYSTEM, passwords
from tests.record_fixtures import PASSWORD, SignInWorld, fail_sign_in, raw_rows, two_signins


def test_change_password(signins: SignInWorld) -> None:
    r = signins.record
    tokens = two_signins(signins)
    with pytest.raises(InvalidInput, match="at least 12 characters"):
        r.change_password(signins.mentee, PASSWORD, "short")
    with pytest.raises(InvalidInput, match="same as the current"):
        r.change_password(signins.mentee, PASSWORD, PASSWORD)
    assert [r.signed_in(t) is not None for t in tokens] == [True, True]
    with pytest.raises(PermissionDenied, match="current password is not right"):
        r.change_password(signins.mentee, "not-my-password", "a-brand-new-passphrase")
    refused = r.audit_log(SYSTEM, limit=1, outcome="refused", actor_id=signins.mentee.id)[0]
    assert refused.action == "person.password"
    r.change_password(signins.mentee, PASSWORD, "a-brand-new-passphrase")
    assert [r.signed_in(t) for t in tokens] == [None, None]
    assert r.sign_in("sol@example.org", PASSWORD) is None
    assert r.sign_in("sol@example.org", "a-brand-new-passphrase") is not None
    allowed = r.audit_log(SYSTEM, limit=5, actor_id=signins.mentee.id)
    assert any(e.action == "person.password" and e.outcome == "allowed" for e in allowed)


def test_wrong_current_passwords_count_towards_the_lockout(signins: SignInWorld) -> None:
    r = signins.record
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            r.change_password(signins.mentee, "guessing-again", "a-brand-new-passphrase")
    with pytest.raises(AccountLocked):
        r.change_password(signins.mentee, PASSWORD, "a-brand-new-passphrase")
    with pytest.raises(AccountLocked):
        r.sign_in("sol@example.org", PASSWORD)


def test_admin_reset_ends_sign_ins_and_lifts_the_lockout(signins: SignInWorld) -> None:
    r = signins.record
    tokens = two_signins(signins)
    fail_sign_in(r, "sol@example.org", 5)
    with pytest.raises(PermissionDenied, match="Only an admin"):
        r.reset_password(signins.mentor, signins.mentee.id)
    assert r.lockout("sol@example.org") is not None
    fresh = r.reset_password(signins.admin, signins.mentee.id)
    assert len(fresh) >= 16
    assert [r.signed_in(t) for t in tokens] == [None, None]
    assert r.lockout("sol@example.org") is None
    assert r.sign_in("sol@example.org", PASSWORD) is None
    assert r.sign_in("sol@example.org", fresh) is not None
    events = r.audit_log(SYSTEM, limit=3, actor_id=signins.admin.id)
    assert any(e.action == "person.password_reset" and e.outcome == "allowed" for e in events)


def test_set_password_ends_sign_ins(signins: SignInWorld) -> None:
    r = signins.record
    tokens = two_signins(signins)
    r.set_password(signins.admin, signins.mentee.id, "an-admin-chosen-passphrase")
    assert [r.signed_in(t) for t in tokens] == [None, None]


def test_an_outdated_hash_is_upgraded_even_for_a_password_below_todays_minimum(
    signins: SignInWorld,
) -> None:
    """A password set before today's policy, under older argon2 parameters, still signs in
    (it used to fail with the policy's message) and its hash is brought up to date."""
    from argon2 import PasswordHasher

    old = PasswordHasher(time_cost=1, memory_cost=8192).hash("short")
    with signins.record.engine.begin() as conn:
        conn.execute(
            text("UPDATE people SET password_hash = :h WHERE id = :i"),
            {"h": old, "i": signins.mentor.id},
        )
    assert signins.record.authenticate("mina@example.org", "short") is not None
    with signins.record.engine.begin() as conn:
        conn.execute(
            text("UPDATE people SET password_hash = :h WHERE id = :i"),
            {"h": old, "i": signins.mentor.id},
        )
    assert signins.record.sign_in("mina@example.org", "short") is not None
    stored = raw_rows(
        signins.record, "SELECT password_hash FROM people WHERE id = :i", i=signins.mentor.id
    )[0][0]
    assert stored != old and not passwords.needs_rehash(stored)
