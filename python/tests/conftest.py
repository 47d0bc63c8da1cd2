"""Shared fixtures: the repository's seed page, the invented pages of
``data/pages.jsonl``, and the dev corpus in ``../shared`` when it is there."""

import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parent.parent
SHARED_DEV = REPO.parent / "shared" / "corpus" / "dev"


def load_pages() -> list[dict]:
    """The invented pages: ``{"id", "text"}`` each."""
    with open(HERE / "data" / "pages.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="session")
def seed() -> str:
    return (REPO / "tests" / "fixtures" / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pages() -> list[dict]:
    return load_pages()


@pytest.fixture(scope="session")
def dev_texts() -> list[str]:
    files = sorted(SHARED_DEV.glob("*.json"))
    if not files:
        pytest.skip(f"no dev corpus at {SHARED_DEV}: ../shared is not beside the checkout")
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]
