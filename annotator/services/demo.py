"""The demo project a new user sees on first start: our own demo articles, pre-annotated."""

from __future__ import annotations

import sqlalchemy as sa

from annotator.bundled import resources_dir
from annotator.services.importing import import_articles
from annotator.services.preannotate import preannotate
from annotator.store.database import Project
from annotator.store.models import Document, ProjectSetting
from annotator.suggest.pipeline import Pipeline

DEMO_SETTING = "demo_project"


def demo_articles_path() -> str:
    return str(resources_dir() / "demo" / "articles.jsonl")


def ensure_demo_project(project: Project, *, explicitly_chosen: bool) -> bool:
    """Fill a brand-new default project with the demo articles; True when it did.

    A database the user named (--db, ANNOTATOR_DB) is never filled: it is theirs.
    """
    if explicitly_chosen or not project.created:
        return False
    with project.session() as session:
        if session.scalar(sa.select(sa.func.count()).select_from(Document)):
            return False
        if session.get(ProjectSetting, DEMO_SETTING) is not None:
            return False
    from pathlib import Path

    import_articles(project, [Path(demo_articles_path())])
    # A new user should see a working desk at once: the demo comes pre-annotated.
    preannotate(project, Pipeline(project))
    with project.session() as session:
        session.add(ProjectSetting(key=DEMO_SETTING, value={"articles": demo_articles_path()}))
    return True
