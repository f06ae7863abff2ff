"""A password check costs what OWASP recommends for argon2id, not several times that.

Two checks run at once for a crowd signing in at nine, on a small machine; each check's cost
is set by the hash's parameters. New hashes use OWASP's argon2id setting (19 MiB, two passes,
one lane); a hash made under the earlier, costlier setting still signs in, and is brought to
today's setting then, so the next check of it is the cheaper one.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2 import extract_parameters as params_of
from sqlalchemy import text

from coach.record import passwords
from tests.record_fixtures import World, raw_rows

OWASP = {"type": "id", "memory_cost": 19 * 1024, "time_cost": 2, "parallelism": 1}
EARLIER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)  # argon2-cffi's default


def _params(stored: str) -> dict[str, object]:
    p = params_of(stored)
    return {
        "type": p.type.name.lower(),
        "memory_cost": p.memory_cost,
        "time_cost": p.time_cost,
        "parallelism": p.parallelism,
    }


def _stored(world: World) -> str:
    sql = "SELECT password_hash FROM people WHERE id = :i"
    return raw_rows(world.record, sql, i=world.mentee.id)[0][0]


def test_a_new_password_is_hashed_with_owasps_argon2id_setting(world: World) -> None:
    assert _params(passwords.hash_password("a-passphrase-of-our-own")) == OWASP
    assert _params(_stored(world)) == OWASP  # as every account in the record is made
    assert _params(passwords._dummy_hash()) == OWASP  # an unknown email costs the same


def test_a_hash_made_under_the_earlier_setting_signs_in_and_is_brought_up_to_date(
    world: World,
) -> None:
    secret = "an-older-passphrase-of-ours"
    with world.record.engine.begin() as conn:
        conn.execute(
            text("UPDATE people SET password_hash = :h WHERE id = :i"),
            {"h": EARLIER.hash(secret), "i": world.mentee.id},
        )
    assert world.record.authenticate(world.mentee.email, "not the passphrase at all") is None
    assert _params(_stored(world))["memory_cost"] == 64 * 1024  # a failed check changes nothing
    assert world.record.authenticate(world.mentee.email, secret) is not None
    assert _params(_stored(world)) == OWASP
    assert world.record.authenticate(world.mentee.email, secret) is not None
