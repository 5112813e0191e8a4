"""Password hashing and policy."""

from __future__ import annotations

from mojito.web import passwords


def test_default_hasher_is_argon2id_with_the_strong_profile():
    h = passwords.make_hasher().hash("a-long-enough-password")
    assert h.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.make_hasher().verify(h, "a-long-enough-password")


def test_verify_rejects_wrong_password_garbage_hashes_and_missing_users():
    h = passwords.hash_password("lemon-granite-55")
    assert passwords.verify_password(h, "lemon-granite-55")
    assert not passwords.verify_password(h, "lemon-granite-56")
    assert not passwords.verify_password("not-a-hash", "lemon-granite-55")
    assert not passwords.verify_password(None, "not-a-password-of-anyone-9f2c")  # the dummy hash's own input


def test_policy_messages():
    assert "at least 10" in passwords.problems("short")
    assert "too common" in passwords.problems("Password123")
    assert "username" in passwords.problems("ada-lovelace-2024", username="lovelace")
    assert passwords.problems("x" * 257).startswith("The password must have at most")
    assert passwords.problems("lemon-granite-55", username="ada", email="a@example.com") is None
