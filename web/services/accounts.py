"""Signup, email confirmation, login sessions, password change and reset."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import passwords, tokens
from ..config import RateLimit
from ..models import EmailToken, LoginSession, Plan, User, utcnow
from ..state import Context
from . import ratelimit

USERNAME_RE = re.compile(r"^[a-z][a-z0-9-]{0,29}$")  # what JupyterHub accepts as a server name
# The local part allows RFC 5322 "atext" (apostrophes included: o'brien@ is a real address).
EMAIL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$")
VERIFY_TTL = dt.timedelta(days=2)
RESET_TTL = dt.timedelta(hours=1)
RESERVED = {"admin", "root", "hub", "api", "user", "users", "services", "static", "system", "mojito"}


class AccountError(ValueError):
    """A problem the user can fix, with a message fit to show; `status` is the HTTP answer."""

    def __init__(self, message: str, status: int = 422, field: str | None = None):
        super().__init__(message)
        self.status = status
        self.field = field


def check_username(username: str) -> str | None:
    if not USERNAME_RE.match(username):
        return "Usernames are 1-30 characters: lowercase letters, digits and '-', starting with a letter."
    if username in RESERVED:
        return "This username is reserved."
    return None


def normalize_email(email: str) -> str:
    return email.strip().lower()


def check_email(email: str) -> str | None:
    return None if EMAIL_RE.match(email) else "Enter a valid email address."


def _issue_email_token(db: Session, user: User, purpose: str, ttl: dt.timedelta) -> str:
    token = tokens.new_token()
    db.add(
        EmailToken(
            token_hash=tokens.digest(token), user_id=user.id, purpose=purpose, expires_at=utcnow() + ttl
        )
    )
    return token


def signup(ctx: Context, db: Session, email: str, username: str, password: str) -> None:
    """Create an unconfirmed account and mail the confirmation link.

    An email that already has an account gets a notice instead, and the caller answers exactly as
    for a new account, so signup does not reveal which addresses are registered. Usernames are
    public (they appear in /user/NAME URLs), so a taken one is reported.
    """
    email = normalize_email(email)
    for problem, fld in (
        (check_username(username), "username"),
        (check_email(email), "email"),
        (passwords.problems(password, username, email), "password"),
    ):
        if problem:
            raise AccountError(problem, field=fld)
    if db.scalar(select(User.id).where(User.username == username)) is not None:
        raise AccountError("This username is taken.", status=409, field="username")
    with uniform_time(ctx):
        _signup(ctx, db, email, username, password)


@contextmanager
def uniform_time(ctx: Context) -> Iterator[None]:
    """Answer no sooner than `uniform_answer_seconds` after the start (signup, reset): what is done
    for a registered address and for a new one then takes the same time from outside."""
    start = time.monotonic()
    try:
        yield
    finally:
        left = ctx.settings.uniform_answer_seconds - (time.monotonic() - start)
        if left > 0:
            time.sleep(left)  # these endpoints run in the thread pool (they hash passwords)


def _may_mail(ctx: Context, user: User) -> bool:
    """Mails nobody asked for from the account (reset links, 'someone tried to sign up') are
    capped per account: per-address limits alone let anyone with a few addresses fill a victim's
    inbox (20 reset mails from 20 clients in a minute, before this). Over the cap nothing is sent
    and the answer is the same (it must not tell whether the address has an account)."""
    return ratelimit.allow(ctx, "mails_per_account", str(user.id), default=RateLimit(3, 3600))


def _signup(ctx: Context, db: Session, email: str, username: str, password: str) -> None:
    # Hashed before looking the address up: the dominant cost is paid whether or not it exists.
    password_hash = passwords.hash_password(password)
    existing = db.scalar(select(User).where(User.email == email))
    if existing is not None:
        if not _may_mail(ctx, existing):
            return
        ctx.mailer.send(
            email,
            "Someone tried to sign up with your address",
            "Someone (maybe you) tried to create a Mojito account with this address, which "
            f"already has one (username '{existing.username}').\nTo log in: "
            f"{ctx.settings.public_url}/login\nForgot the password? "
            f"{ctx.settings.public_url}/password-reset\n",
        )
        return
    plan = ctx.settings.default_plan
    if db.get(Plan, plan) is None:
        plan = db.scalars(select(Plan.name)).first() or plan
    user = User(
        username=username,
        email=email,
        password_hash=password_hash,
        plan_name=plan,
        overrides={},
    )
    db.add(user)
    try:
        db.flush()
    except IntegrityError:  # a concurrent signup took the name between our check and insert
        db.rollback()
        raise AccountError("This username is taken.", status=409, field="username") from None
    token = _issue_email_token(db, user, "verify", VERIFY_TTL)
    db.commit()
    ctx.live.count("signups_total")
    ctx.mailer.send(
        email,
        "Confirm your Mojito account",
        f"Hello {username},\n\nconfirm your email address by opening this link:\n"
        f"{ctx.settings.public_url}/verify?token={token}\n\nIt is valid for 2 days and once.\n",
    )


def _take_email_token(db: Session, token: str, purpose: str) -> EmailToken | None:
    if not token or len(token) > 200:
        return None
    row = db.scalar(
        select(EmailToken).where(EmailToken.token_hash == tokens.digest(token), EmailToken.purpose == purpose)
    )
    if row is None or row.used_at is not None or row.expires_at < utcnow():
        return None
    row.used_at = utcnow()
    return row


def verify_email(db: Session, token: str) -> bool:
    row = _take_email_token(db, token, "verify")
    if row is None:
        return False
    user = db.get(User, row.user_id)
    if user is None:
        return False
    user.email_verified = True
    return True


def authenticate(db: Session, login: str, password: str) -> User | None:
    """The user for a username or email and password; None for any failure, in about equal time."""
    login = login.strip().lower()[:254]
    user = db.scalar(select(User).where(or_(User.username == login, User.email == login)))
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if not ok or user is None or user.suspended:
        return None
    return user


def enforce_login_limits(ctx: Context, db: Session, login: str, client: str) -> None:
    """Login attempts are limited per client address (all accounts together) and per (account,
    client): a stranger's wrong passwords elsewhere cannot lock the real user out, and the username
    and the email of one account share one counter. Unknown names are counted by the name as
    typed, so the answers do not tell which accounts exist."""
    ratelimit.enforce(ctx, "login_per_client", client)
    login = login.strip().lower()[:254]
    user_id = db.scalar(select(User.id).where(or_(User.username == login, User.email == login)))
    account = f"user:{user_id}" if user_id is not None else f"name:{login}"
    ratelimit.enforce(ctx, "login_per_account_client", f"{account}|{client}")


def start_session(db: Session, user: User, expires_at: dt.datetime) -> str:
    token = tokens.new_token()
    db.add(LoginSession(token_hash=tokens.digest(token), user_id=user.id, expires_at=expires_at))
    # Keep the table small: drop this user's expired sessions on each login.
    db.execute(
        delete(LoginSession).where(LoginSession.user_id == user.id, LoginSession.expires_at < utcnow())
    )
    return token


def end_session(db: Session, token: str | None) -> None:
    if token:
        db.execute(delete(LoginSession).where(LoginSession.token_hash == tokens.digest(token)))


def _void_reset_links(db: Session, user: User) -> None:
    """A new password makes every reset link still in the mailbox useless: otherwise whoever saw
    one (a forwarded mail, a shared inbox) could set the password again within the hour, after
    the owner had just reset or changed it."""
    db.execute(update(EmailToken).where(EmailToken.user_id == user.id, EmailToken.purpose == "reset",
                                        EmailToken.used_at.is_(None)).values(used_at=utcnow()))


def end_all_sessions(db: Session, user: User, keep_token: str | None = None) -> None:
    q = delete(LoginSession).where(LoginSession.user_id == user.id)
    if keep_token:
        q = q.where(LoginSession.token_hash != tokens.digest(keep_token))
    db.execute(q)


def change_password(db: Session, user: User, old: str, new: str, keep_token: str | None) -> None:
    if not passwords.verify_password(user.password_hash, old):
        raise AccountError("The current password is wrong.", status=403, field="old_password")
    problem = passwords.problems(new, user.username, user.email)
    if problem:
        raise AccountError(problem, field="new_password")
    user.password_hash = passwords.hash_password(new)
    _void_reset_links(db, user)
    end_all_sessions(db, user, keep_token)


def request_reset(ctx: Context, db: Session, email: str) -> None:
    """Mail a reset link if the address has an account; the caller answers the same either way,
    in the same time (see uniform_time)."""
    with uniform_time(ctx):
        _request_reset(ctx, db, email)


def _request_reset(ctx: Context, db: Session, email: str) -> None:
    user = db.scalar(select(User).where(User.email == normalize_email(email)[:254]))
    if user is None or user.suspended or not _may_mail(ctx, user):
        return
    token = _issue_email_token(db, user, "reset", RESET_TTL)
    db.commit()
    ctx.mailer.send(
        user.email,
        "Reset your Mojito password",
        f"Hello {user.username},\n\nto choose a new password open:\n"
        f"{ctx.settings.public_url}/password-reset/confirm?token={token}\n\n"
        "The link is valid for one hour and once. If you did not ask for it, ignore this mail.\n",
    )


def reset_password(db: Session, token: str, new: str) -> None:
    row = _take_email_token(db, token, "reset")
    user = db.get(User, row.user_id) if row else None
    if user is None:
        raise AccountError("This reset link is invalid, used or expired; ask for a new one.", status=400)
    problem = passwords.problems(new, user.username, user.email)
    if problem:
        db.rollback()  # keep the token usable for a second try
        raise AccountError(problem, field="new_password")
    user.password_hash = passwords.hash_password(new)
    user.email_verified = True  # the mail reached its owner
    _void_reset_links(db, user)
    end_all_sessions(db, user)


def create_admin(db: Session, username: str, email: str, password: str, plan: str) -> User:
    problem = check_username(username) if username != "admin" else None
    problem = problem or check_email(normalize_email(email)) or passwords.problems(password, username)
    if problem:
        raise AccountError(problem)
    if db.scalar(
        select(func.count())
        .select_from(User)
        .where(or_(User.username == username, User.email == normalize_email(email)))
    ):
        raise AccountError("username or email already in use", status=409)
    user = User(
        username=username,
        email=normalize_email(email),
        password_hash=passwords.hash_password(password),
        is_admin=True,
        email_verified=True,
        plan_name=plan,
        overrides={},
    )
    db.add(user)
    return user


def resend_confirmation(ctx: Context, db: Session, user: User) -> bool:
    """A new confirmation link for a logged-in user whose address is not confirmed yet (the old
    links stay valid until they expire). False when there is nothing to confirm."""
    if user.email_verified:
        return False
    token = _issue_email_token(db, user, "verify", VERIFY_TTL)
    db.commit()
    ctx.mailer.send(
        user.email,
        "Confirm your Mojito account",
        f"Hello {user.username},\n\nconfirm your email address by opening this link:\n"
        f"{ctx.settings.public_url}/verify?token={token}\n\nIt is valid for 2 days and once.\n",
    )
    return True
