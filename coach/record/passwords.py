"""Password hashing with argon2id. There is no default password anywhere."""

from __future__ import annotations

import functools
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from coach.errors import InvalidInput

MIN_LENGTH = 12
MAX_LENGTH = 1024

# OWASP's recommended argon2id setting (Password Storage Cheat Sheet): 19 MiB, two passes,
# one lane. argon2-cffi's default (64 MiB, three passes, four lanes) costs about seven times
# the CPU per check, and a crowd signing in at once waits on exactly that. A hash made under
# the earlier setting still verifies (its parameters are in it) and is rehashed at sign-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@functools.cache
def _dummy_hash() -> str:
    """Verified when the email is unknown, so a miss costs as much time as a wrong password."""
    return _hasher.hash(secrets.token_urlsafe(16))


def generate_password() -> str:
    """A strong random password (about 128 bits), shown to the operator once."""
    return secrets.token_urlsafe(16)


def check_strength(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise InvalidInput(f"A password needs at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(f"A password can have at most {MAX_LENGTH} characters.")
    if len(set(password)) < 5:
        raise InvalidInput("That password repeats too few characters to be safe.")


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def rehash(password: str) -> str:
    """A fresh hash of a password that just verified against an outdated one.

    No strength check: the person chose it under an earlier policy, and refusing it here
    would lock them out at sign-in instead of asking them to change it.
    """
    return _hasher.hash(password)


def verify(stored_hash: str | None, password: str) -> bool:
    """True if `password` matches; spends the same effort when there is no hash."""
    if not isinstance(password, str) or not password or len(password) > MAX_LENGTH:
        return False
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
