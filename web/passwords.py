"""argon2id hashing and the password policy."""

from __future__ import annotations

import functools
import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .config import PACKAGE_DIR

MIN_LENGTH = 10
MAX_LENGTH = 256  # argon2 copes with more, but unbounded input is a cheap DoS


def make_hasher(weak: bool = False) -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: 64 MiB, t=3, p=4).

    `weak` exists only so the test suite, which hashes hundreds of passwords, stays fast; it is
    selected by MOJITO_TEST_WEAK_ARGON2=1, which a deployment never sets.
    """
    if weak:
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return PasswordHasher()


_hasher = make_hasher(os.environ.get("MOJITO_TEST_WEAK_ARGON2") == "1")
# Hash of a random password: login of an unknown user verifies against it, so the answer takes
# as long as for a known user and timing does not reveal which usernames exist.
_DUMMY_HASH = _hasher.hash("not-a-password-of-anyone-9f2c")


@functools.cache
def common_passwords() -> frozenset[str]:
    path = PACKAGE_DIR / "common_passwords.txt"
    return frozenset(line.strip().lower() for line in path.read_text().splitlines() if line.strip())


def problems(password: str, username: str = "", email: str = "") -> str | None:
    """A sentence telling what is wrong with a new password, or None if it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"The password must have at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"The password must have at most {MAX_LENGTH} characters."
    low = password.lower()
    if low in common_passwords():
        return "This password is too common; choose another one."
    # Only parts long enough to matter: a one-letter email name must not forbid that letter.
    parts = [p.lower() for p in (username, email.split("@")[0]) if len(p) >= 3]
    if any(p in low for p in parts):
        return "The password must not contain your username or email."
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password[:MAX_LENGTH]) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
