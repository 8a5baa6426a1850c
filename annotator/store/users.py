"""Users by name: coders appear the first time they decide or code something."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from annotator.store.models import User


def ensure_user(session: Session, name: str) -> User:
    """The user called ``name``, created as a coder when it is new."""
    user = session.scalar(sa.select(User).where(User.name == name))
    if user is None:
        user = User(name=name)
        session.add(user)
        session.flush()
    return user


def user_id(session: Session, name: str) -> int | None:
    return session.scalar(sa.select(User.id).where(User.name == name))
